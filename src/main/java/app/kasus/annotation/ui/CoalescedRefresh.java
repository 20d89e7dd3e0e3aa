package app.kasus.annotation.ui;

import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gathers the passages live events touched and hands them on at most once per {@code delayMillis}, on a
 * background thread: a busy seminar then costs each open view a few refreshes a second, not one per keystroke
 * of every member, and the refresh's query never runs on a request thread or under a UI's session lock.
 */
final class CoalescedRefresh implements AutoCloseable {

    // Shared by all views: the work per flush is one query, so two threads keep up with a classroom.
    private static final ScheduledExecutorService SCHEDULER = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "live-refresh");
        t.setDaemon(true);
        return t;
    });

    private final long delayMillis;
    private final Consumer<Set<Long>> flush;
    private final Set<Long> pending = new HashSet<>();
    private boolean everything;
    private boolean scheduled;
    private boolean closed;

    /** {@code flush} gets the touched passage ids, or null when everything must be refreshed. */
    CoalescedRefresh(long delayMillis, Consumer<Set<Long>> flush) {
        this.delayMillis = delayMillis;
        this.flush = flush;
    }

    /** A change in that passage; null for a change anywhere (bulk changes, catching up after a lost connection). */
    synchronized void touched(Long passageId) {
        if (closed) {
            return;
        }
        if (passageId == null) {
            everything = true;
        } else {
            pending.add(passageId);
        }
        if (!scheduled) {
            scheduled = true;
            SCHEDULER.schedule(this::flush, delayMillis, TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        Set<Long> ids;
        synchronized (this) {
            scheduled = false;
            if (closed) {
                return;
            }
            ids = everything ? null : Set.copyOf(pending);
            everything = false;
            pending.clear();
        }
        flush.accept(ids);
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
