package app.kasus.annotation.ui;

import app.kasus.annotation.LiveCoding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Gathers what live events brought for one view and hands it on, on a background thread, at most once per
 * {@code windowMillis}: the first change after a quiet window at once, later ones together at the window's end. A
 * busy seminar then costs each open view a few updates a second, not one per change of every member, while a change
 * in a quiet moment shows without waiting; the refresh's query never runs on a request thread or under a UI's session
 * lock. One flush at a time per view, in order, so an older answer never overwrites a newer one.
 *
 * <p>While the page cannot be reached ({@code reachable} false: its browser closed or lost the connection) nothing is
 * handed on, and what came in is kept as one refresh of everything for when it is back. Vaadin keeps a closed page's
 * UI for minutes, until its heartbeats are missed; meanwhile an import made each such view read the whole case again
 * (issue 10). Whether it is back is asked again after the window, then at ever longer intervals up to
 * {@link #AWAY_RECHECK_MAX_MILLIS}: a boolean, no query.
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
     * that carry their annotation, in the order they happened, none in a passage that is reloaded; {@code recount}:
     * annotations whose comments or feedback changed, whose counts to ask for (empty when everything is reloaded:
     * the counts come with it).
     */
    record Batch(Set<Long> reload, List<LiveCoding.Change> changes, Set<Long> recount) {
    }

    static final long AWAY_RECHECK_MAX_MILLIS = 2_000;

    private final long windowMillis;
    private final long everythingWindowMillis;
    private final BooleanSupplier reachable;
    private final Consumer<Batch> flush;
    private final Set<Long> pending = new HashSet<>();
    private final List<LiveCoding.Change> changes = new ArrayList<>();
    private final Set<Long> recount = new HashSet<>();
    private boolean everything;
    private boolean scheduled;
    private boolean running;
    private boolean closed;
    private long lastFlush = Long.MIN_VALUE / 2;
    private long lastEverything = Long.MIN_VALUE / 2;
    /** How long to wait before asking again whether the page is back; 0 while it is there. */
    private long awayRecheck;

    CoalescedRefresh(long windowMillis, Consumer<Batch> flush) {
        this(windowMillis, windowMillis, () -> true, flush);
    }

    /**
     * {@code everythingWindowMillis}: at least this long between two refreshes of everything. Bulk changes (an import
     * in batches) each ask every open view of the case to read all of it again; one such reload per window is enough.
     */
    CoalescedRefresh(long windowMillis, long everythingWindowMillis, BooleanSupplier reachable, Consumer<Batch> flush) {
        this.windowMillis = windowMillis;
        this.everythingWindowMillis = everythingWindowMillis;
        this.reachable = reachable;
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

    /** Comments or feedback on that annotation changed: its counts are asked for. */
    synchronized void recount(long annotationId) {
        if (closed) {
            return;
        }
        recount.add(annotationId);
        schedule();
    }

    /**
     * The page says it is back after its connection was lost: everything is refreshed (what came meanwhile may be
     * lost), and if it was away, asked about now instead of at the end of a lengthened wait.
     */
    synchronized void pageBack() {
        if (closed) {
            return;
        }
        everything = true;
        if (awayRecheck > 0) {
            awayRecheck = 0;
            scheduled = true;
            SCHEDULER.schedule(this::flush, 0, TimeUnit.MILLISECONDS);
        } else {
            schedule();
        }
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
        // Asked outside this object's lock: answering may take the page's session lock for a moment.
        boolean there = reachable.getAsBoolean();
        Batch batch;
        synchronized (this) {
            scheduled = false;
            // An early ask when the page came back leaves the one already waiting with nothing to do, or finds a
            // flush running (which schedules what is left when it ends).
            if (closed || running || !somethingToHandOn()) {
                return;
            }
            if (!there) {
                everything = true;
                pending.clear();
                changes.clear();
                recount.clear();
                awayRecheck = Math.min(AWAY_RECHECK_MAX_MILLIS, Math.max(Math.max(windowMillis, 50), awayRecheck * 2));
                scheduled = true;
                SCHEDULER.schedule(this::flush, awayRecheck, TimeUnit.MILLISECONDS);
                return;
            }
            awayRecheck = 0;
            Set<Long> reload = everything ? null : Set.copyOf(pending);
            // What is asked for anyway comes with every change made before the question.
            List<LiveCoding.Change> carried = everything ? List.of()
                    : changes.stream().filter(c -> !pending.contains(c.event().passageId())).toList();
            batch = new Batch(reload, carried, everything ? Set.of() : Set.copyOf(recount));
            everything = false;
            pending.clear();
            changes.clear();
            recount.clear();
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
                if (somethingToHandOn()) {
                    schedule();
                }
            }
        }
    }

    private boolean somethingToHandOn() {
        return everything || !pending.isEmpty() || !changes.isEmpty() || !recount.isEmpty();
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
