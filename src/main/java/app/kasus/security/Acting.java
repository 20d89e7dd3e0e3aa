package app.kasus.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is acting on this thread, for records written while a transaction ends (the history's revisions): read from
 * the security context and the account the request already loaded, never from the database, because a query then
 * would flush the very changes being recorded. {@code id} is null when no request loaded the account (a background
 * job acting in someone's name); both are null for the application itself (demo seeding, bootstrap).
 */
public record Acting(Long id, String username) {

    public static Acting now() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return new Acting(null, null);
        }
        String username = Usernames.normalize(auth.getName());
        UserAccount loaded = RequestAccount.recall(username);
        return new Acting(loaded == null ? null : loaded.getId(), username);
    }
}
