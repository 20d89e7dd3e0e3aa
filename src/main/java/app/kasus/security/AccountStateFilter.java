package app.kasus.security;

import app.kasus.base.api.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * For the API: an account that must replace its one-time password may do only that, and a session whose account
 * was disabled since it signed in is refused (HTTP Basic is refused earlier, when the password is checked).
 * The account is loaded once per request: a token or password check already did, and the services'
 * {@link CurrentUser} reuses what this filter keeps ({@link RequestAccount}).
 * Not a bean, so Spring Boot does not also put it in front of every request.
 */
class AccountStateFilter extends OncePerRequestFilter {

    static final String CHANGE_PASSWORD_PATH = "/api/account/password";

    private final UserAccountRepository users;

    AccountStateFilter(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String username = Usernames.normalize(auth.getName());
        Optional<UserAccount> account = Optional.ofNullable(RequestAccount.recall(username))
                .or(() -> users.findByUsername(username));
        account.ifPresent(RequestAccount::remember);
        if (account.isEmpty() || !account.get().isEnabled()) {
            ApiErrors.unauthorized(response, "authentication required");
            return;
        }
        if (account.get().mustChangePassword() && !CHANGE_PASSWORD_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()))) {
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN, "password change required: choose your own "
                    + "password (PUT " + CHANGE_PASSWORD_PATH + " or sign in to the web application) before anything else");
            return;
        }
        chain.doFilter(request, response);
    }
}
