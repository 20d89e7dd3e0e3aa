package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A burst of changes costs a view one refresh, naming every passage touched. */
class CoalescedRefreshTest {

    private final List<Set<Long>> flushes = new CopyOnWriteArrayList<>();

    @Test
    void aBurstOfChangesIsFlushedOnceWithEveryTouchedPassage() throws InterruptedException {
        CountDownLatch flushed = new CountDownLatch(1);
        CoalescedRefresh refresh = new CoalescedRefresh(200, ids -> {
            flushes.add(ids == null ? null : new HashSet<>(ids));
            flushed.countDown();
        });
        refresh.touched(1L);
        refresh.touched(2L);
        refresh.touched(1L);
        assertThat(flushed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(flushes).containsExactly(Set.of(1L, 2L));
    }

    @Test
    void aChangeAnywhereRefreshesEverything() throws InterruptedException {
        CountDownLatch flushed = new CountDownLatch(1);
        CoalescedRefresh refresh = new CoalescedRefresh(50, ids -> {
            flushes.add(ids);
            flushed.countDown();
        });
        refresh.touched(3L);
        refresh.touched(null);
        assertThat(flushed.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(flushes).hasSize(1);
        assertThat(flushes.get(0)).isNull();
    }

    @Test
    void afterAFlushTheNextChangeIsFlushedAgainButNothingOnceClosed() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(2);
        CoalescedRefresh refresh = new CoalescedRefresh(20, ids -> {
            flushes.add(ids);
            first.countDown();
            second.countDown();
        });
        refresh.touched(1L);
        assertThat(first.await(5, TimeUnit.SECONDS)).isTrue();
        refresh.touched(2L);
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(flushes).containsExactly(Set.of(1L), Set.of(2L));
        refresh.close();
        refresh.touched(3L);
        assertThat(flushes).hasSize(2);
    }
}
