package app.kasus.security;

import app.kasus.base.api.ApiErrors;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by {@code Authorization: Bearer <token>}: a valid token makes the request its
 * owner's for this request only (nothing is stored in a session, none is created); any other Bearer value is
 * answered 401 at once, so a request carrying one never proceeds as whoever its cookie names. The check is made once
 * per request and shared with the CSRF exemption ({@link #validBearer}), which runs first.
 * Not a bean, so Spring Boot does not also put it in front of every request.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer";
    private static final String RESULT = BearerTokenFilter.class.getName() + ".result";

    private final ApiTokenService tokens;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenService tokens) {
        this.tokens = tokens;
    }

    /**
     * For the CSRF exemption: a Bearer request is exempt when its token authenticates, or when it has no session a
     * forger could ride on (then the bad token is answered 401 here, as a script expects). A session cookie with a
     * bogus token stays under CSRF protection.
     */
    boolean exemptFromCsrf(HttpServletRequest request) {
        Optional<Authentication> result = check(request);
        return result != null && (result.isPresent() || !request.isRequestedSessionIdValid());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Authentication> result = check(request);
        if (result == null) {
            chain.doFilter(request, response);
            return;
        }
        if (result.isEmpty()) {
            response.setHeader("WWW-Authenticate", SCHEME + " realm=\"Kasus\", error=\"invalid_token\"");
            ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED,
                    "invalid token: unknown, revoked or expired, or its account is disabled");
            return;
        }
        // A fresh context: a session's context object must not be changed by a token request.
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(result.get());
        contexts.setContext(context);
        chain.doFilter(request, response);
    }

    /** Null when the request carries no Bearer credentials; else the authentication, or empty when the token fails. */
    @SuppressWarnings("unchecked")
    private Optional<Authentication> check(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || header.length() > SCHEME.length() && header.charAt(SCHEME.length()) != ' ') {
            return null;
        }
        Object cached = request.getAttribute(RESULT);
        if (cached != null) {
            return (Optional<Authentication>) cached;
        }
        String token = header.substring(SCHEME.length()).strip();
        Optional<Authentication> result = tokens.owner(token).map(owner -> {
            RequestAccount.remember(owner);
            return (Authentication) UsernamePasswordAuthenticationToken.authenticated(owner.getUsername(), null,
                    List.of(new SimpleGrantedAuthority(owner.getRole().authority())));
        });
        request.setAttribute(RESULT, result);
        return result;
    }
}
