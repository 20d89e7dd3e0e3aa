package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.LiveCoding;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A burst of changes costs a view one refresh, naming every passage touched; a change after a quiet spell is handed
 * on at once; flushes of one view never overlap; a page that cannot be reached is handed nothing until it is back.
 */
class CoalescedRefreshTest {

    /** The batches handed on, one permit per flush. */
    private static final class Flushes implements Consumer<CoalescedRefresh.Batch> {
        final List<CoalescedRefresh.Batch> batches = new CopyOnWriteArrayList<>();
        /** When each batch was handed on ({@code System.nanoTime()}). */
        final List<Long> handedOnAt = new CopyOnWriteArrayList<>();
        private final Semaphore done = new Semaphore(0);
        private int taken;

        @Override
        public void accept(CoalescedRefresh.Batch batch) {
            handedOnAt.add(System.nanoTime());
            batches.add(batch);
            done.release();
        }

        CoalescedRefresh.Batch next() throws InterruptedException {
            assertThat(done.tryAcquire(5, TimeUnit.SECONDS)).as("a flush").isTrue();
            return batches.get(taken++);
        }
    }

    private final Flushes flushes = new Flushes();

    @Test
    void aBurstOfChangesIsFlushedOnceWithEveryTouchedPassage() throws InterruptedException {
        CoalescedRefresh refresh = new CoalescedRefresh(200, flushes);
        refresh.touched(9L);
        assertThat(flushes.next().reload()).containsExactly(9L);
        refresh.touched(1L);
        refresh.touched(2L);
        refresh.touched(1L);
        assertThat(flushes.next().reload()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(flushes.batches).hasSize(2);
    }

    @Test
    void theFirstChangeAfterAQuietSpellIsHandedOnWithoutWaitingForTheWindow() throws InterruptedException {
        CoalescedRefresh refresh = new CoalescedRefresh(60_000, flushes);
        refresh.changed(change(1L));
        assertThat(flushes.next().changes()).hasSize(1);
    }

    @Test
    void aChangeAnywhereRefreshesEverythingAndCarriesNoChanges() throws InterruptedException {
        CoalescedRefresh refresh = new CoalescedRefresh(50, flushes);
        refresh.touched(7L);
        flushes.next();
        refresh.touched(3L);
        refresh.changed(change(3L));
        refresh.touched(null);
        CoalescedRefresh.Batch batch = flushes.next();
        assertThat(batch.reload()).isNull();
        assertThat(batch.changes()).isEmpty();
    }

    @Test
    void aRefreshOfEverythingComesAtMostOncePerItsLongerWindowWhilePassagesKeepTheShortOne() throws InterruptedException {
        CoalescedRefresh refresh = new CoalescedRefresh(20, 1_000, () -> true, flushes);
        refresh.touched(null);
        assertThat(flushes.next().reload()).isNull();
        refresh.touched(4L);
        assertThat(flushes.next().reload()).containsExactly(4L);
        long firstEverything = flushes.handedOnAt.get(0);
        assertThat(flushes.handedOnAt.get(1) - firstEverything).as("a passage waits the short window only")
                .isLessThan(TimeUnit.MILLISECONDS.toNanos(900));
        // An import's next batch, and another, then a coding: one refresh of everything, a second after the first.
        refresh.touched(null);
        refresh.touched(null);
        refresh.touched(5L);
        assertThat(flushes.next().reload()).isNull();
        // The window is kept in whole milliseconds, so a few less in nanoseconds still keep it.
        assertThat(flushes.handedOnAt.get(2) - firstEverything).isGreaterThanOrEqualTo(TimeUnit.MILLISECONDS.toNanos(990));
        assertThat(flushes.batches).hasSize(3);
    }

    @Test
    void changesInAPassageThatIsAskedForAnywayAreLeftOutAndTheRestKeepTheirOrder() throws InterruptedException {
        CoalescedRefresh refresh = new CoalescedRefresh(200, flushes);
        refresh.touched(99L);
        flushes.next();
        LiveCoding.Change first = change(1L);
        LiveCoding.Change second = change(1L);
        refresh.changed(first);
        refresh.changed(change(2L));
        refresh.touched(2L);
        refresh.changed(second);
        CoalescedRefresh.Batch batch = flushes.next();
        assertThat(batch.reload()).containsExactly(2L);
        assertThat(batch.changes()).containsExactly(first, second);
    }

    @Test
    void commentsAndFeedbackChangedInABurstAreRecountedTogetherAndARefreshOfEverythingCoversThem()
            throws InterruptedException {
        CoalescedRefresh refresh = new CoalescedRefresh(200, flushes);
        refresh.recount(11L);
        CoalescedRefresh.Batch first = flushes.next();
        assertThat(first.recount()).containsExactly(11L);
        assertThat(first.reload()).as("no passage asked for").isEmpty();
        refresh.recount(12L);
        refresh.recount(13L);
        refresh.recount(12L);
        assertThat(flushes.next().recount()).containsExactlyInAnyOrder(12L, 13L);
        refresh.recount(14L);
        refresh.touched(null);
        CoalescedRefresh.Batch everything = flushes.next();
        assertThat(everything.reload()).isNull();
        assertThat(everything.recount()).as("the counts come with everything").isEmpty();
    }

    @Test
    void flushesOfOneViewNeverOverlap() throws InterruptedException {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        CountDownLatch inFirst = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CoalescedRefresh refresh = new CoalescedRefresh(1, batch -> {
            if (running.incrementAndGet() > 1) {
                overlaps.incrementAndGet();
            }
            inFirst.countDown();
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            flushes.accept(batch);
        });
        refresh.touched(1L);
        assertThat(inFirst.await(5, TimeUnit.SECONDS)).isTrue();
        refresh.touched(2L); // while the first flush still runs
        release.countDown();
        assertThat(flushes.next().reload()).containsExactly(1L);
        assertThat(flushes.next().reload()).containsExactly(2L);
        assertThat(overlaps.get()).isZero();
    }

    @Test
    void afterAFlushTheNextChangeIsFlushedAgainButNothingOnceClosed() throws InterruptedException {
        CoalescedRefresh refresh = new CoalescedRefresh(20, flushes);
        refresh.touched(1L);
        flushes.next();
        refresh.touched(2L);
        assertThat(flushes.next().reload()).containsExactly(2L);
        refresh.close();
        refresh.touched(3L);
        assertThat(flushes.batches).hasSize(2);
    }

    @Test
    void aPageThatCannotBeReachedIsHandedNothingAndOneRefreshOfEverythingWhenItIsBack() throws InterruptedException {
        AtomicBoolean there = new AtomicBoolean(false);
        Semaphore asked = new Semaphore(0);
        CoalescedRefresh refresh = new CoalescedRefresh(20, 20, () -> {
            asked.release();
            return there.get();
        }, flushes);
        refresh.touched(1L);
        refresh.changed(change(2L));
        assertThat(asked.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        // An import's batches and a comment while the browser is gone: kept, not handed on.
        refresh.touched(null);
        refresh.changed(change(3L));
        refresh.recount(8L);
        assertThat(asked.tryAcquire(2, 5, TimeUnit.SECONDS)).as("asked again while away").isTrue();
        assertThat(flushes.batches).isEmpty();
        there.set(true);
        CoalescedRefresh.Batch back = flushes.next();
        assertThat(back.reload()).as("everything, once").isNull();
        assertThat(back.changes()).isEmpty();
        assertThat(back.recount()).isEmpty();
        // Back: the next change is handed on as for any page.
        refresh.touched(4L);
        assertThat(flushes.next().reload()).containsExactly(4L);
        assertThat(flushes.batches).hasSize(2);
    }

    @Test
    void whileAwayThePageIsAskedAtLengtheningIntervalsAndNotAtAllOnceClosed() throws InterruptedException {
        List<Long> askedAt = new CopyOnWriteArrayList<>();
        Semaphore asked = new Semaphore(0);
        CoalescedRefresh refresh = new CoalescedRefresh(50, 50, () -> {
            askedAt.add(System.nanoTime());
            asked.release();
            return false;
        }, flushes);
        refresh.touched(1L);
        assertThat(asked.tryAcquire(4, 5, TimeUnit.SECONDS)).isTrue();
        refresh.close();
        long firstGap = askedAt.get(2) - askedAt.get(1);
        long secondGap = askedAt.get(3) - askedAt.get(2);
        assertThat(secondGap).as("the wait doubles").isGreaterThan(firstGap + TimeUnit.MILLISECONDS.toNanos(50));
        refresh.touched(2L);
        // At most the one ask already scheduled when it closed, and nothing handed on.
        assertThat(asked.tryAcquire(2, 1, TimeUnit.SECONDS)).isFalse();
        assertThat(flushes.batches).isEmpty();
    }

    private static LiveCoding.Change change(long passageId) {
        return new LiveCoding.Change(new CodingChanged(1, 5L, passageId, "budi", CodingChanged.Change.CREATED), true);
    }
}
