package app.kasus.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Knows this node's open HTTP sessions and revokes a user's when their account is disabled or their password
 * reset. A revoked session is ended by the first request it makes, a page's or a script's, before Spring Security
 * reads who is signed in, so that request already finds nobody. Ending it there rather than at once lets the
 * open pages first receive the push that sends them to the sign-in page (see SignedInPages): ending the session
 * would cut that push off.
 */
@Component
public class UserSessions implements HttpSessionListener, HttpSessionIdListener {

    /** Set on the answer that ended a revoked session: the sign-in page then says the user was signed out. */
    public static final String SIGNED_OUT_COOKIE = "kasus-signed-out";

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();
    /** The absolute limit of a session, however active (the idle limit is the servlet container's). */
    private final Duration maxAge;
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();

    UserSessions(@Value("${kasus.session.max-age:12h}") Duration maxAge) {
        this.maxAge = maxAge;
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
        revoked.remove(event.getSession().getId());
    }

    /** Signing in gives the session a new id (against session fixation); without this the old key would stay forever. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
        if (revoked.remove(oldSessionId)) {
            revoked.add(event.getSession().getId());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Order(100)
    void onSessionsEnded(AccountSessionsEnded event) {
        int count = 0;
        for (HttpSession session : List.copyOf(sessions.values())) {
            if (event.username().equals(owner(session))) {
                revoked.add(session.getId());
                count++;
            }
        }
        log.info("Revoked {} session(s) of {}", count, event.username());
    }

    /** The filter that ends revoked sessions; it must run before Spring Security's (see SecurityConfig). */
    OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                HttpSession session = request.getSession(false);
                if (session != null && (revoked.remove(session.getId()) | tooOld(session))) {
                    try {
                        session.invalidate();
                    } catch (IllegalStateException alreadyEnded) {
                        // Ended meanwhile: nothing left to do.
                    }
                    // When a page's own request gets here before the push that sends it to the sign-in page, Vaadin
                    // reloads the page and the sign-in page is reached without ?signed-out: this tells it why.
                    Cookie why = new Cookie(SIGNED_OUT_COOKIE, "1");
                    why.setPath("/");
                    why.setHttpOnly(true);
                    why.setMaxAge(120);
                    why.setAttribute("SameSite", "Lax");
                    response.addCookie(why);
                }
                chain.doFilter(request, response);
            }
        };
    }

    /** Past the absolute limit: signed in for longer than {@code kasus.session.max-age}, active or not. */
    private boolean tooOld(HttpSession session) {
        try {
            return System.currentTimeMillis() - session.getCreationTime() >= maxAge.toMillis();
        } catch (IllegalStateException ended) {
            return false;
        }
    }

    private static String owner(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security) {
                Authentication auth = security.getAuthentication();
                return auth == null ? null : Usernames.normalize(auth.getName());
            }
        } catch (IllegalStateException ended) {
            // Ended meanwhile.
        }
        return null;
    }
}
