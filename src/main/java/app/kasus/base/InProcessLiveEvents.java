package app.kasus.base;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Live events within one server. Delivery waits for the publisher's commit (a view must not show what a rollback
 * undoes) and runs on one worker thread, so a listener's query never runs on the publisher's request and events
 * arrive in the order they were published. On PostgreSQL, {@link PostgresLiveEvents} carries the events to the other
 * nodes and uses one of these for this node's own listeners.
 */
@Component
@Conditional(OnPostgres.Not.class)
class InProcessLiveEvents implements LiveEvents {

    private static final Logger log = LoggerFactory.getLogger(InProcessLiveEvents.class);

    private record Listener<T>(Class<T> type, Consumer<? super T> consumer) {
        void offer(Object event) {
            if (type.isInstance(event)) {
                consumer.accept(type.cast(event));
            }
        }
    }

    private final List<Listener<?>> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "live-events");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void publish(Object event) {
        AfterCommit.run(() -> deliver(event));
    }

    @Override
    public <T> Subscription subscribe(Class<T> type, Consumer<? super T> consumer) {
        Listener<T> listener = new Listener<>(type, consumer);
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** To this node's listeners now (the publisher's transaction, if any, has committed). */
    void deliver(Object event) {
        worker.execute(() -> {
            for (Listener<?> listener : listeners) {
                try {
                    listener.offer(event);
                } catch (RuntimeException e) {
                    // One broken view must not keep the event from the others.
                    log.warn("A live-event listener failed on {}", event, e);
                }
            }
        });
    }
}
