package app.kasus.security;

import app.kasus.base.ClusterNode;
import app.kasus.base.LiveEvents;
import app.kasus.base.OnPostgres;
import jakarta.annotation.PreDestroy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several nodes hold sessions: an account signed out everywhere ({@link AccountSessionsEnded}: disabled, password
 * reset) must be signed out on every node, not only the one where it happened. The event goes to the other nodes as
 * live event and is raised there again, in a transaction, so that the listeners ending sessions after commit hear it.
 */
@Component
@Conditional(OnPostgres.class)
class SessionsEndedAcrossNodes {

    /** The account whose sessions end, and the node where that happened (which has ended its own already). */
    public record SessionsEndedOnNode(String username, String origin) {
    }

    /** Set while raising another node's event here, so that it is not sent back out. */
    private static final ThreadLocal<Boolean> relaying = ThreadLocal.withInitial(() -> false);

    private final LiveEvents live;
    private final String node;
    private final LiveEvents.Subscription subscription;

    SessionsEndedAcrossNodes(LiveEvents live, ClusterNode node, ApplicationEventPublisher spring,
                             TransactionTemplate transaction) {
        this.live = live;
        this.node = node.id();
        this.subscription = live.subscribe(SessionsEndedOnNode.class, event -> {
            if (!event.origin().equals(this.node)) {
                relaying.set(true);
                try {
                    transaction.executeWithoutResult(status -> spring.publishEvent(new AccountSessionsEnded(event.username())));
                } finally {
                    relaying.remove();
                }
            }
        });
    }

    /** Raised inside the transaction that changed the account: the live event leaves when it commits. */
    @EventListener
    void onSessionsEnded(AccountSessionsEnded event) {
        if (!relaying.get()) {
            live.publish(new SessionsEndedOnNode(event.username(), node));
        }
    }

    @PreDestroy
    void stop() {
        subscription.close();
    }
}
