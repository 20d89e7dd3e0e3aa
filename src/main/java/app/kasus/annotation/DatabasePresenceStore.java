package app.kasus.annotation;

import app.kasus.base.ClusterLock;
import app.kasus.base.ClusterNode;
import app.kasus.base.LiveEvents;
import app.kasus.base.OnPostgres;
import jakarta.annotation.PreDestroy;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Conditional;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Several nodes (PostgreSQL): every open reading view is a row of {@code presence_visit}, so each node lists the
 * readers of all. The node holding a view renews its rows every {@link #HEARTBEAT}; rows older than {@link #TTL}
 * are a vanished node's and no longer count, and one node of the cluster deletes them and tells the views. A node
 * that shuts down removes its own at once.
 */
@Component
@Conditional(OnPostgres.class)
class DatabasePresenceStore implements PresenceStore {

    static final long HEARTBEAT_SECONDS = 20;
    static final Duration HEARTBEAT = Duration.ofSeconds(HEARTBEAT_SECONDS);
    static final long TTL_SECONDS = 60;
    static final Duration TTL = Duration.ofSeconds(TTL_SECONDS);
    private static final long SHUTDOWN_WAIT_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(DatabasePresenceStore.class);

    private final Map<String, Visit> mine = new ConcurrentHashMap<>();
    private final JdbcTemplate jdbc;
    private final String node;
    private final LiveEvents events;
    private final ClusterLock lock;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "presence-store");
        t.setDaemon(true);
        return t;
    });

    DatabasePresenceStore(JdbcTemplate jdbc, ClusterNode node, LiveEvents events, ClusterLock lock) {
        this.jdbc = jdbc;
        this.node = node.id();
        this.events = events;
        this.lock = lock;
    }

    @Override
    public void save(String viewKey, Visit visit) {
        mine.put(viewKey, visit);
        write(viewKey, visit);
    }

    @Override
    public void remove(String viewKey) {
        mine.remove(viewKey);
        jdbc.update("delete from presence_visit where view_key = ?", viewKey);
    }

    @Override
    public List<Visit> onCase(long caseId) {
        return jdbc.query("select case_id, username, display_name, section from presence_visit"
                        + " where case_id = ? and seen_at > ?",
                (rs, row) -> new Visit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                caseId, Timestamp.from(clock.instant().minus(TTL)));
    }

    @Override
    public void apply(Runnable change) {
        worker.execute(() -> {
            try {
                change.run();
            } catch (DataAccessException e) {
                // The next heartbeat writes this node's visits again.
                log.warn("Could not store a presence change: {}", e.getMessage());
            }
        });
    }

    @Scheduled(fixedDelay = HEARTBEAT_SECONDS, timeUnit = TimeUnit.SECONDS)
    void heartbeat() {
        apply(() -> {
            int renewed = jdbc.update("update presence_visit set seen_at = ? where node = ?",
                    Timestamp.from(clock.instant()), node);
            if (renewed < mine.size()) {
                // Rows lost (the database was away longer than the TTL and another node expired them): write all.
                mine.forEach(this::write);
            }
        });
    }

    @Scheduled(fixedDelay = TTL_SECONDS / 2, timeUnit = TimeUnit.SECONDS)
    void expire() {
        lock.runOnce("presence-expiry", HEARTBEAT, TTL, () -> {
            Timestamp cutoff = Timestamp.from(clock.instant().minus(TTL));
            List<Long> cases = jdbc.queryForList("select distinct case_id from presence_visit where seen_at <= ?",
                    Long.class, cutoff);
            jdbc.update("delete from presence_visit where seen_at <= ?", cutoff);
            cases.forEach(caseId -> events.publish(new PresenceChanged(caseId)));
        });
    }

    /** Removes this node's visits as it shuts down; waits a few seconds at most for a database that is away. */
    @PreDestroy
    void leave() {
        Future<?> leaving = worker.submit(() -> {
            List<Long> cases = jdbc.queryForList("select distinct case_id from presence_visit where node = ?",
                    Long.class, node);
            jdbc.update("delete from presence_visit where node = ?", node);
            cases.forEach(caseId -> events.publish(new PresenceChanged(caseId)));
        });
        worker.shutdown();
        try {
            leaving.get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.info("Left presence rows behind on shutdown; they expire in {}: {}", TTL, e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void write(String viewKey, Visit visit) {
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update presence_visit set case_id = ?, username = ?, display_name = ?, section = ?,"
                        + " node = ?, seen_at = ? where view_key = ?",
                visit.caseId(), visit.username(), visit.displayName(), visit.section(), node, now, viewKey);
        if (updated == 0) {
            // Only this node's worker writes this view's row, so nobody inserts it in between.
            jdbc.update("insert into presence_visit (view_key, case_id, username, display_name, section, node, seen_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)",
                    viewKey, visit.caseId(), visit.username(), visit.displayName(), visit.section(), node, now);
        }
    }
}
