package app.kasus.security.ui;

import app.kasus.base.ui.TopBarLink;
import org.springframework.stereotype.Component;

/** Every signed-in user has an account page. */
@Component
class AccountLink implements TopBarLink {

    @Override
    public int order() {
        return 90;
    }

    @Override
    public String path() {
        return "account";
    }

    @Override
    public String labelKey() {
        return "layout.account";
    }

    @Override
    public String id() {
        return "nav-account";
    }

    @Override
    public boolean visibleToCurrentUser() {
        return true;
    }
}
