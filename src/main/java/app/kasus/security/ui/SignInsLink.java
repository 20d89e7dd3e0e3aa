package app.kasus.security.ui;

import app.kasus.base.ui.TopBarLink;
import app.kasus.security.SignInAudit;
import org.springframework.stereotype.Component;

/** Administrators find the sign-in log beside the backups. */
@Component
class SignInsLink implements TopBarLink {

    private final SignInAudit audit;

    SignInsLink(SignInAudit audit) {
        this.audit = audit;
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public String path() {
        return "admin/sign-ins";
    }

    @Override
    public String labelKey() {
        return "layout.signIns";
    }

    @Override
    public String id() {
        return "nav-sign-ins";
    }

    @Override
    public boolean visibleToCurrentUser() {
        return audit.mayRead();
    }
}
