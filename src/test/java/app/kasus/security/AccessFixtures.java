package app.kasus.security;

import org.springframework.test.util.ReflectionTestUtils;

/** Accounts and the real role rules for unit tests of the access components in other features, without Spring. */
public final class AccessFixtures {

    private AccessFixtures() {
    }

    /** The role rules as the application has them; they read the signed-in user only in {@link AccessRules#me}. */
    public static AccessRules rules() {
        return new AccessRules(null);
    }

    public static UserAccount account(String username, Role role, long id) {
        UserAccount account = new UserAccount(username, "x", username.toUpperCase(java.util.Locale.ROOT), role);
        ReflectionTestUtils.setField(account, "id", id);
        return account;
    }
}
