package app.kasus.testsupport;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs service calls in a test as a given user, the way a request of theirs would. */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(UserDetailsService users, String username, Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(UserDetailsService users, String username, Runnable action) {
        as(users, username, () -> {
            action.run();
            return null;
        });
    }
}
