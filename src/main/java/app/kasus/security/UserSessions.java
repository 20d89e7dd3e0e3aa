package app.kasus.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
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
class UserSessions implements HttpSessionListener, HttpSessionIdListener {

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

    /** Signing in gives the session a new id (against session fixation); without this the old key would stay forever. */
    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        sessions.remove(oldSessionId);
        sessions.put(event.getSession().getId(), event.getSession());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Order(ORDER)
    void onSessionsEnded(AccountSessionsEnded event) {
        // Ending a session closes its pages, and Vaadin does that by making them the thread's current page; on the
        // caller's thread (an administrator's page) that would swap the administrator's page for the ended one. So
        // the sessions end on a thread of their own, and the caller waits until they have.
        Thread ender = new Thread(() -> end(event.username()), "end-sessions");
        ender.start();
        try {
            ender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void end(String username) {
        int ended = 0;
        for (HttpSession session : List.copyOf(sessions.values())) {
            if (username.equals(owner(session))) {
                try {
                    session.invalidate();
                    ended++;
                } catch (IllegalStateException alreadyInvalid) {
                    // Ended meanwhile: nothing left to do.
                }
                sessions.remove(session.getId());
            }
        }
        log.info("Ended {} session(s) of {}", ended, username);
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
