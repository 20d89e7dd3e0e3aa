package app.kasus.base;

import java.util.function.Consumer;

/**
 * What happens while people work (coding changed, a comment written, someone opened a case), published by the
 * services and heard by the open views. An interface, so that a deployment with several servers can carry the
 * same events between them; this node's implementation is {@link InProcessLiveEvents}.
 */
public interface LiveEvents {

    /** Delivers the event to its subscribers after the current transaction commits (at once outside one). */
    void publish(Object event);

    /** Listens for events of the type; listeners run on a worker thread, never the publisher's. */
    <T> Subscription subscribe(Class<T> type, Consumer<? super T> listener);

    /** Ends a subscription; views end theirs when they detach. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
