package app.kasus.annotation.ui;

import app.kasus.annotation.LiveCoding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gathers what live events brought for one view and hands it on, on a background thread, at most once per
 * {@code windowMillis}: the first change after a quiet window at once, later ones together at the window's end. A
 * busy seminar then costs each open view a few updates a second, not one per change of every member, while a change
 * in a quiet moment shows without waiting; the refresh's query never runs on a request thread or under a UI's session
 * lock. One flush at a time per view, in order, so an older answer never overwrites a newer one.
 */
final class CoalescedRefresh implements AutoCloseable {

    // Shared by all views: most flushes only hand data to the UI; a few run one query.
    private static final ScheduledExecutorService SCHEDULER = Executors.newScheduledThreadPool(2, r -> {
        Thread t = new Thread(r, "live-refresh");
        t.setDaemon(true);
        return t;
    });

    /**
     * {@code reload}: the passages to ask the database for (null: everything, empty: none); {@code changes}: changes
     * that carry their annotation, in the order they happened, none in a passage that is reloaded.
     */
    record Batch(Set<Long> reload, List<LiveCoding.Change> changes) {
    }

    private final long windowMillis;
    private final long everythingWindowMillis;
    private final Consumer<Batch> flush;
    private final Set<Long> pending = new HashSet<>();
    private final List<LiveCoding.Change> changes = new ArrayList<>();
    private boolean everything;
    private boolean scheduled;
    private boolean running;
    private boolean closed;
    private long lastFlush = Long.MIN_VALUE / 2;
    private long lastEverything = Long.MIN_VALUE / 2;

    CoalescedRefresh(long windowMillis, Consumer<Batch> flush) {
        this(windowMillis, windowMillis, flush);
    }

    /**
     * {@code everythingWindowMillis}: at least this long between two refreshes of everything. Bulk changes (an import
     * in batches) each ask every open view of the case to read all of it again; one such reload per window is enough.
     */
    CoalescedRefresh(long windowMillis, long everythingWindowMillis, Consumer<Batch> flush) {
        this.windowMillis = windowMillis;
        this.everythingWindowMillis = everythingWindowMillis;
        this.flush = flush;
    }

    /** A change in that passage to ask for; null for a change anywhere (bulk changes, catching up after a lost connection). */
    synchronized void touched(Long passageId) {
        if (closed) {
            return;
        }
        if (passageId == null) {
            everything = true;
        } else {
            pending.add(passageId);
        }
        schedule();
    }

    /** A change that carries its annotation: shown as it is, no query. */
    synchronized void changed(LiveCoding.Change change) {
        if (closed) {
            return;
        }
        changes.add(change);
        schedule();
    }

    private void schedule() {
        if (scheduled || running) {
            return;
        }
        scheduled = true;
        long now = System.nanoTime() / 1_000_000;
        long wait = Math.max(0, lastFlush + windowMillis - now);
        if (everything) {
            wait = Math.max(wait, lastEverything + everythingWindowMillis - now);
        }
        SCHEDULER.schedule(this::flush, wait, TimeUnit.MILLISECONDS);
    }

    private void flush() {
        Batch batch;
        synchronized (this) {
            scheduled = false;
            if (closed) {
                return;
            }
            Set<Long> reload = everything ? null : Set.copyOf(pending);
            // What is asked for anyway comes with every change made before the question.
            List<LiveCoding.Change> carried = everything ? List.of()
                    : changes.stream().filter(c -> !pending.contains(c.event().passageId())).toList();
            batch = new Batch(reload, carried);
            everything = false;
            pending.clear();
            changes.clear();
            running = true;
            lastFlush = System.nanoTime() / 1_000_000;
            if (reload == null) {
                lastEverything = lastFlush;
            }
        }
        try {
            flush.accept(batch);
        } finally {
            synchronized (this) {
                running = false;
                if (everything || !pending.isEmpty() || !changes.isEmpty()) {
                    schedule();
                }
            }
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
