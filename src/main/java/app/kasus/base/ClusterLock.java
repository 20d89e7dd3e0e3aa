package app.kasus.base;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Background work that must run once for all nodes sharing the database (table {@code cluster_lock}): the node that
 * moves a lock's {@code locked_until} forward in one UPDATE runs the job, the others skip it. Nodes schedule the same
 * job at about the same time, so a finished job keeps its lock for {@code atLeast}: a node a moment late finds it
 * still held instead of running the job again. {@code atMost} frees the lock of a node that died while holding it.
 * Nodes' clocks should agree (NTP) to well within {@code atLeast}.
 */
@Component
public class ClusterLock {

    private final JdbcTemplate jdbc;
    private final ClusterNode node;
    private final Clock clock = Clock.systemUTC();

    ClusterLock(JdbcTemplate jdbc, ClusterNode node) {
        this.jdbc = jdbc;
        this.node = node;
    }

    /** Runs the job unless another node holds the lock {@code name}; true when it ran here. */
    public boolean runOnce(String name, Duration atLeast, Duration atMost, Runnable job) {
        Instant start = clock.instant();
        if (!acquire(name, start, start.plus(atMost))) {
            return false;
        }
        try {
            job.run();
        } finally {
            Instant end = clock.instant();
            Instant earliestNext = start.plus(atLeast);
            jdbc.update("update cluster_lock set locked_until = ? where name = ? and locked_by = ?",
                    Timestamp.from(earliestNext.isAfter(end) ? earliestNext : end), name, node.id());
        }
        return true;
    }

    private boolean acquire(String name, Instant now, Instant until) {
        // Outside any transaction: each statement commits at once, and a refused insert aborts nothing.
        int taken = jdbc.update("update cluster_lock set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?",
                Timestamp.from(until), node.id(), name, Timestamp.from(now));
        if (taken == 1) {
            return true;
        }
        try {
            return jdbc.update("insert into cluster_lock (name, locked_until, locked_by) values (?, ?, ?)",
                    name, Timestamp.from(until), node.id()) == 1;
        } catch (DuplicateKeyException heldElsewhere) {
            return false;
        }
    }
}
