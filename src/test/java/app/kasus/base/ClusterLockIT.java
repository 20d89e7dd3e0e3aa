package app.kasus.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.KasusIntegrationTest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two nodes (two locks of their own, one database) start the same job at once: one of them runs it. */
@KasusIntegrationTest
class ClusterLockIT {

    private static final Duration LONG = Duration.ofMinutes(5);

    @Autowired
    JdbcTemplate jdbc;

    private final String name = "test-" + System.nanoTime();

    @AfterEach
    void removeLock() {
        jdbc.update("delete from cluster_lock where name = ?", name);
    }

    private ClusterLock node() {
        return new ClusterLock(jdbc, new ClusterNode());
    }

    @Test
    void ofTwoNodesStartingTogetherOneRunsTheJob() throws Exception {
        ClusterLock a = node();
        ClusterLock b = node();
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch bothTried = new CountDownLatch(2);
        Runnable job = () -> {
            runs.incrementAndGet();
            await(bothTried);
        };
        List<CompletableFuture<Boolean>> attempts = List.of(a, b).stream().map(lock -> CompletableFuture.supplyAsync(() -> {
            await(start);
            try {
                return lock.runOnce(name, LONG, LONG, job);
            } finally {
                bothTried.countDown();
            }
        })).toList();
        start.countDown();
        // The one that runs the job waits until the other has tried and returned.
        bothTried.countDown();
        List<Boolean> ran = attempts.stream().map(f -> f.orTimeout(30, TimeUnit.SECONDS).join()).toList();

        assertThat(ran).containsExactlyInAnyOrder(true, false);
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFinishedJobHoldsItsLockForItsMinimumThenAnotherNodeMayRun() {
        ClusterLock a = node();
        ClusterLock b = node();
        assertThat(a.runOnce(name, LONG, LONG, () -> { })).isTrue();
        assertThat(b.runOnce(name, LONG, LONG, () -> { })).as("held after it ended").isFalse();
        assertThat(a.runOnce(name, LONG, LONG, () -> { })).as("held for its own node too").isFalse();

        jdbc.update("update cluster_lock set locked_until = locked_until - interval '10' minute where name = ?", name);
        assertThat(b.runOnce(name, Duration.ZERO, LONG, () -> { })).as("free once the minimum passed").isTrue();
    }

    @Test
    void aNodeThatDiedHoldingTheLockFreesItAfterItsMaximum() {
        jdbc.update("insert into cluster_lock (name, locked_until, locked_by) values (?, current_timestamp - interval '1' second, 'gone')",
                name);
        assertThat(node().runOnce(name, Duration.ZERO, LONG, () -> { })).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
