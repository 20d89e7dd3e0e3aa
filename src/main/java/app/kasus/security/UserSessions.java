package app.kasus.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Knows the open HTTP sessions of this node and ends a user's at once when their account is disabled or their
 * password reset: the next request of such a session, a page's or a script's, finds nobody signed in.
 * Runs after the pages have been told to go to the sign-in page ({@code @Order}), so they hear it first.
 */
@Component
class UserSessions implements HttpSessionListener {

    static final int ORDER = 100;

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);

    private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        sessions.remove(event.getSession().getId());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Order(ORDER)
    void onSessionsEnded(AccountSessionsEnded event) {
        int ended = 0;
        for (HttpSession session : List.copyOf(sessions.values())) {
            if (event.username().equals(owner(session))) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalid) {
                    // Ended meanwhile: nothing left to do.
                }
                sessions.remove(session.getId());
            }
        }
        log.info("Ended {} session(s) of {}", ended, event.username());
    }

    private static String owner(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            if (context instanceof SecurityContext security) {
                Authentication auth = security.getAuthentication();
                return auth == null ? null : Usernames.normalize(auth.getName());
            }
        } catch (IllegalStateException invalidated) {
            // Ended meanwhile.
        }
        return null;
    }
}
