package app.kasus.roster.ui;

import app.kasus.base.ui.TopBarLink;
import app.kasus.security.AccountService;
import org.springframework.stereotype.Component;

/** Instructors and administrators find the accounts they manage (and the roster import) here. */
@Component
class UsersLink implements TopBarLink {

    private final AccountService accounts;

    UsersLink(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String path() {
        return "users";
    }

    @Override
    public String labelKey() {
        return "layout.users";
    }

    @Override
    public String id() {
        return "nav-users";
    }

    @Override
    public boolean visibleToCurrentUser() {
        return accounts.mayManageAccounts();
    }
}
