package app.kasus.roster.ui;

import app.kasus.security.Role;
import java.util.Set;

/** The new-account form's buffered object; public because Binder reads records reflectively. */
public record NewAccountForm(String username, String displayName, Role role, Set<String> groups) {

    /** A new account is a student's unless the creator says otherwise: that is what onboarding a class needs. */
    static NewAccountForm blank() {
        return new NewAccountForm("", "", Role.STUDENT, Set.of());
    }
}
