package app.kasus.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Views must never show what a rollback undoes: events wait for the commit and vanish with a rollback. */
class InProcessLiveEventsTest {

    /** Real transaction demarcation (synchronizations, commit, rollback) without a database. */
    private static final class NoResourceTransactions extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {
        }

        @Override
        protected void doCommit(DefaultTransactionStatus status) {
        }

        @Override
        protected void doRollback(DefaultTransactionStatus status) {
        }
    }

    private final InProcessLiveEvents events = new InProcessLiveEvents();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private final TransactionTemplate transaction = new TransactionTemplate(new NoResourceTransactions());

    /**
     * Publishes a marker outside any transaction and waits for it: the single worker delivers in order, so
     * everything published before has arrived by then, or never will.
     */
    private List<String> receivedSoFar() throws InterruptedException {
        CountDownLatch marker = new CountDownLatch(1);
        try (LiveEvents.Subscription s = events.subscribe(Integer.class, i -> marker.countDown())) {
            events.publish(42);
            assertThat(marker.await(5, TimeUnit.SECONDS)).isTrue();
        }
        return List.copyOf(received);
    }

    @Test
    void outsideATransactionAnEventIsDeliveredAtOnceToSubscribersOfItsType() throws InterruptedException {
        events.subscribe(String.class, received::add);
        events.publish("hello");
        events.publish(7L);
        assertThat(receivedSoFar()).containsExactly("hello");
    }

    @Test
    void insideATransactionDeliveryWaitsForTheCommit() throws InterruptedException {
        events.subscribe(String.class, received::add);
        transaction.executeWithoutResult(status -> {
            events.publish("created");
            // Not even queued yet (a marker published here would wait for the commit too).
            assertThat(received).isEmpty();
        });
        assertThat(receivedSoFar()).containsExactly("created");
    }

    @Test
    void aRolledBackTransactionDeliversNothing() throws InterruptedException {
        events.subscribe(String.class, received::add);
        transaction.executeWithoutResult(status -> {
            events.publish("undone");
            status.setRollbackOnly();
        });
        assertThat(receivedSoFar()).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotKeepTheEventFromOthersAndAClosedSubscriptionHearsNothing() throws InterruptedException {
        events.subscribe(String.class, s -> {
            throw new IllegalStateException("broken view");
        });
        LiveEvents.Subscription closed = events.subscribe(String.class, s -> received.add("closed:" + s));
        closed.close();
        events.subscribe(String.class, received::add);
        events.publish("still delivered");
        assertThat(receivedSoFar()).containsExactly("still delivered");
    }
}
