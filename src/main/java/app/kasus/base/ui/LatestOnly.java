package app.kasus.base.ui;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Which of a page's computations may still show its result: only the one started last. A reader who changes the
 * choice while the figures of the old one are still computed must not see those arrive over the new choice.
 */
public final class LatestOnly {

    private final AtomicLong latest = new AtomicLong();

    /** Starts a computation, superseding every one started before; the ticket tells it apart later. */
    public long start() {
        return latest.incrementAndGet();
    }

    /** Whether no computation was started after the one holding this ticket. */
    public boolean isLatest(long ticket) {
        return latest.get() == ticket;
    }
}
