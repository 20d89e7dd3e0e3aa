package app.kasus.security;

import java.time.Instant;

/** An account as lists, forms and the API show it; never the password hash. */
public record AccountSummary(long id, long version, String username, String displayName, Role role, boolean enabled,
                             boolean mustChangePassword, Instant created) {

    static AccountSummary of(UserAccount account) {
        return new AccountSummary(account.getId(), account.getVersion(), account.getUsername(),
                account.getDisplayName(), account.getRole(), account.isEnabled(), account.mustChangePassword(),
                account.getCreatedAt());
    }
}
