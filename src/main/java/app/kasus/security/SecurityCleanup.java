package app.kasus.security;

import app.kasus.base.ClusterLock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Removes what has outlived its use: sign-in attempts past their retention, API tokens expired longer ago than
 * {@code kasus.tokens.expired-retention} (until then their owners still see them listed as expired). Every node
 * schedules it; the {@link ClusterLock} lets one of them run it each time.
 */
@Component
class SecurityCleanup {

    static final String LOCK = "security-cleanup";

    private static final Logger log = LoggerFactory.getLogger(SecurityCleanup.class);

    private final ClusterLock lock;
    private final ApiTokenRepository tokens;
    private final SignInAudit audit;
    private final Duration interval;
    private final Duration expiredTokenRetention;
    private final Clock clock = Clock.systemUTC();

    SecurityCleanup(ClusterLock lock, ApiTokenRepository tokens, SignInAudit audit,
                    @Value("${kasus.cleanup.interval}") Duration interval,
                    @Value("${kasus.tokens.expired-retention}") Duration expiredTokenRetention) {
        this.lock = lock;
        this.tokens = tokens;
        this.audit = audit;
        this.interval = interval;
        this.expiredTokenRetention = expiredTokenRetention;
    }

    @Scheduled(initialDelayString = "${kasus.cleanup.initial-delay}", fixedDelayString = "${kasus.cleanup.interval}")
    void scheduled() {
        runOnce();
    }

    /** True when this node did the cleanup, false when another node holds it (ran it moments ago). */
    boolean runOnce() {
        // Held for half the interval after it ends: nodes on the same timer, a little apart, skip it.
        return lock.runOnce(LOCK, interval.dividedBy(2), interval, this::cleanUp);
    }

    private void cleanUp() {
        Instant now = clock.instant();
        int signIns = audit.prune(now);
        int expired = tokens.deleteExpiredBefore(now.minus(expiredTokenRetention));
        log.info("Cleanup: removed {} old sign-in attempts and {} long-expired API tokens", signIns, expired);
    }
}
