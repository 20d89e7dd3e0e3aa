package app.kasus.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in audit log: every failed attempt (form or password on the API) and every sign-in at the form, with
 * who, from where and the outcome — never a password. Administrators read it. Kept for a retention period; older
 * rows go in the regular cleanup ({@link SecurityCleanup}), run by one node of the cluster.
 */
@Service
public class SignInAudit {

    static final int MAX_NAME = 64;
    static final int MAX_ADDRESS = 64;
    public static final int MAX_READ = 500;

    private final JdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final AccessRules access;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();

    SignInAudit(JdbcTemplate jdbc, CurrentUser currentUser, AccessRules access,
                @Value("${kasus.audit.sign-in-retention:90d}") Duration retention) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.access = access;
        this.retention = retention;
    }

    @EventListener
    void onSignIn(InteractiveAuthenticationSuccessEvent event) {
        record(event.getAuthentication(), "SUCCESS");
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), outcome(event.getException()));
    }

    /** The newest attempts first, at most {@code limit} ({@link #MAX_READ} at the most); administrators only. */
    @Transactional(readOnly = true)
    public List<SignInEvent> recent(int limit) {
        if (!access.mayReadAuditLog(currentUser.require())) {
            throw new AccessDeniedException("only administrators read the sign-in log");
        }
        return jdbc.query("select id, occurred_at, username, remote_address, outcome from sign_in_event"
                        + " order by occurred_at desc, id desc limit ?",
                (rs, row) -> new SignInEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5)),
                Math.max(1, Math.min(limit, MAX_READ)));
    }

    /** Outside any transaction (sign-in has none): each statement commits, so the entry stays whatever follows. */
    void record(Authentication attempt, String outcome) {
        Instant now = clock.instant();
        String name = attempt == null || attempt.getName() == null ? "" : attempt.getName();
        name = name.strip().toLowerCase(Locale.ROOT);
        jdbc.update("insert into sign_in_event (occurred_at, username, remote_address, outcome) values (?, ?, ?, ?)",
                Timestamp.from(now), cut(name, MAX_NAME), cut(address(attempt), MAX_ADDRESS), outcome);
    }

    /** Removes attempts older than the retention; once per cluster, from {@link SecurityCleanup}. */
    int prune(Instant now) {
        return jdbc.update("delete from sign_in_event where occurred_at < ?", Timestamp.from(now.minus(retention)));
    }

    private static String address(Authentication attempt) {
        return attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static String outcome(Exception failure) {
        if (failure instanceof BadCredentialsException) {
            return "BAD_CREDENTIALS";
        }
        if (failure instanceof LockedException) {
            return "LOCKED";
        }
        if (failure instanceof DisabledException) {
            return "DISABLED";
        }
        return "REFUSED";
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
