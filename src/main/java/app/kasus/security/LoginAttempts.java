package app.kasus.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Brute-force defence (ASVS 6.3.1): after {@link #MAX_FAILURES} wrong passwords for one account within
 * {@link #WINDOW}, the account accepts no password, not even the right one, until the window has passed.
 * A success clears the count. Kept in memory: a restart forgets it, which only shortens a lockout. Failures for
 * names that exist nowhere are counted too (refusing them must look the same), so the records are bounded: expired
 * ones are swept out regularly, and beyond {@link #MAX_TRACKED} names those with the fewest failures, then the longest-quiet, are forgotten first,
 * so a flood of one-off names cannot erase a lockout.
 */
@Component
class LoginAttempts {

    static final int MAX_FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final int MAX_TRACKED = 10_000;
    /** Failures between sweeps of expired records: often enough to stay small, rare enough to cost nothing. */
    private static final int SWEEP_EVERY = 256;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final AtomicInteger sinceSweep = new AtomicInteger();

    @Autowired
    LoginAttempts() {
        this(Clock.systemUTC());
    }

    LoginAttempts(Clock clock) {
        this.clock = clock;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        failures.remove(key(event.getAuthentication().getName()));
    }

    void failed(String username) {
        Deque<Instant> times = failures.computeIfAbsent(key(username), k -> new ArrayDeque<>());
        synchronized (times) {
            times.addLast(clock.instant());
            prune(times);
        }
        if (sinceSweep.incrementAndGet() >= SWEEP_EVERY || failures.size() > MAX_TRACKED) {
            sinceSweep.set(0);
            sweep();
        }
    }

    /** How many names have a failure on record. */
    int tracked() {
        return failures.size();
    }

    private void sweep() {
        failures.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                prune(entry.getValue());
                return entry.getValue().isEmpty();
            }
        });
        int excess = failures.size() - MAX_TRACKED;
        if (excess > 0) {
            failures.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Deque<Instant>> entry) -> count(entry.getValue()))
                            .thenComparing(entry -> latest(entry.getValue())))
                    .limit(excess).map(Map.Entry::getKey).toList()
                    .forEach(failures::remove);
        }
    }

    private static int count(Deque<Instant> times) {
        synchronized (times) {
            return times.size();
        }
    }

    private static Instant latest(Deque<Instant> times) {
        synchronized (times) {
            Instant last = times.peekLast();
            return last == null ? Instant.MIN : last;
        }
    }

    boolean isLocked(String username) {
        Deque<Instant> times = failures.get(key(username));
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= MAX_FAILURES;
        }
    }

    private void prune(Deque<Instant> times) {
        Instant oldest = clock.instant().minus(WINDOW);
        while (!times.isEmpty() && times.peekFirst().isBefore(oldest)) {
            times.removeFirst();
        }
    }

    private static String key(String username) {
        return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
    }
}
