package app.kasus.security;

import app.kasus.base.InvalidInputException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * Which attempts to list: those whose name contains {@code username} (without regard to case; blank for any) and
     * that ended with {@code outcome} (null for any).
     */
    public record Filter(String username, SignInOutcome outcome) {

        public static final Filter ALL = new Filter(null, null);
    }

    /** The longest name stored, and so the longest name a search of the log takes. */
    public static final int MAX_NAME = 64;
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
        record(event.getAuthentication(), SignInOutcome.SUCCESS);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        record(event.getAuthentication(), outcome(event.getException()));
    }

    /** Whether the signed-in user reads the log, for pages deciding what to offer. */
    public boolean mayRead() {
        return access.mayReadAuditLog(currentUser.require());
    }

    /** One page of the attempts the filter admits, newest first; administrators only. */
    @Transactional(readOnly = true)
    public List<SignInEvent> page(Filter filter, int offset, int limit) {
        requireRead();
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        args.add(Math.max(0, Math.min(limit, MAX_READ)));
        args.add(Math.max(0, offset));
        return jdbc.query("select id, occurred_at, username, remote_address, outcome from sign_in_event" + where
                        + " order by occurred_at desc, id desc limit ? offset ?",
                (rs, row) -> new SignInEvent(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        rs.getString(4), rs.getString(5)),
                args.toArray());
    }

    /** How many attempts the filter admits; administrators only. */
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        requireRead();
        List<Object> args = new ArrayList<>();
        String where = where(filter, args);
        Long count = jdbc.queryForObject("select count(*) from sign_in_event" + where, Long.class, args.toArray());
        return count == null ? 0 : count;
    }

    private void requireRead() {
        if (!mayRead()) {
            throw new AccessDeniedException("only administrators read the sign-in log");
        }
    }

    /** Names are stored folded to lower case, so the search folds too; its wildcards are taken literally. */
    private static String where(Filter filter, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        String name = filter.username() == null ? "" : filter.username().strip().toLowerCase(Locale.ROOT);
        if (name.length() > MAX_NAME) {
            throw new InvalidInputException("username", "A user name has at most " + MAX_NAME + " characters");
        }
        if (!name.isEmpty()) {
            conditions.add("username like ? escape '\\'");
            args.add("%" + name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (filter.outcome() != null) {
            conditions.add("outcome = ?");
            args.add(filter.outcome().name());
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    /** Outside any transaction (sign-in has none): each statement commits, so the entry stays whatever follows. */
    void record(Authentication attempt, SignInOutcome outcome) {
        Instant now = clock.instant();
        String name = attempt == null || attempt.getName() == null ? "" : attempt.getName();
        name = name.strip().toLowerCase(Locale.ROOT);
        jdbc.update("insert into sign_in_event (occurred_at, username, remote_address, outcome) values (?, ?, ?, ?)",
                Timestamp.from(now), cut(name, MAX_NAME), cut(address(attempt), MAX_ADDRESS), outcome.name());
    }

    /** Removes attempts older than the retention; once per cluster, from {@link SecurityCleanup}. */
    int prune(Instant now) {
        return jdbc.update("delete from sign_in_event where occurred_at < ?", Timestamp.from(now.minus(retention)));
    }

    private static String address(Authentication attempt) {
        return attempt != null && attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }

    private static SignInOutcome outcome(Exception failure) {
        if (failure instanceof BadCredentialsException) {
            return SignInOutcome.BAD_CREDENTIALS;
        }
        if (failure instanceof LockedException) {
            return SignInOutcome.LOCKED;
        }
        if (failure instanceof DisabledException) {
            return SignInOutcome.DISABLED;
        }
        return SignInOutcome.REFUSED;
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
