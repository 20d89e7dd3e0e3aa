package app.kasus.base.ui;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads that compute the analytics pages' figures. Bounded on purpose: a class opening the scores at once
 * queues up instead of taking every core from the readers, and a full queue is refused (the page says so) rather
 * than growing without end. Not the common ForkJoinPool, whose threads the rest of the server shares.
 */
final class ComputePool {

    static final int THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
    static final int WAITING_LIMIT = 200;

    private static final Executor POOL = create();

    private ComputePool() {
    }

    static Executor executor() {
        return POOL;
    }

    private static Executor create() {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory threads = task -> {
            Thread thread = new Thread(task, "kasus-compute-" + count.incrementAndGet());
            // A computation still running must not keep the server from shutting down.
            thread.setDaemon(true);
            return thread;
        };
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(WAITING_LIMIT), threads, new ThreadPoolExecutor.AbortPolicy());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
