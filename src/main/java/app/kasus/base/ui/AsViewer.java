package app.kasus.base.ui;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Work for one UI done as its viewer (so the services apply the viewer's row-level rules) without the UI's session
 * lock: only showing the result takes it. A query under the lock would make every other request of the session wait
 * for the database, and a computation over a whole seminar's coding would freeze the reader's other tabs.
 */
public final class AsViewer {

    private static final Logger log = LoggerFactory.getLogger(AsViewer.class);

    private final UI ui;
    private final SecurityContext security;
    private final Executor executor;

    /** Call while the viewer's own request runs: that is where their sign-in is. */
    public AsViewer(UI ui) {
        this(ui, ComputePool.executor());
    }

    AsViewer(UI ui, Executor executor) {
        this.ui = ui;
        this.executor = executor;
        this.security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    }

    /** For live updates: the query runs on the calling (background) thread; a failure only skips this update. */
    public <T> void query(Supplier<T> query, Consumer<T> show) {
        new DelegatingSecurityContextRunnable(() -> {
            try {
                T result = query.get();
                ui.access(() -> show.accept(result));
            } catch (UIDetachedException gone) {
                // The reader closed the page meanwhile.
            } catch (RuntimeException e) {
                log.warn("A live update failed", e);
            }
        }, security).run();
    }

    /**
     * For a page's figures: computes on the shared compute threads and shows the result, or the failure, under the
     * UI's lock, unless a later computation of the same {@code latest} was started meanwhile. A failure reaches the
     * page so the reader learns of it; the page turns it into its message.
     */
    public <T> void compute(LatestOnly latest, Supplier<T> computation, Consumer<T> show,
                            Consumer<RuntimeException> failed) {
        long ticket = latest.start();
        Runnable task = new DelegatingSecurityContextRunnable(() -> {
            if (!latest.isLatest(ticket)) {
                return;
            }
            T result;
            try {
                result = computation.get();
            } catch (RuntimeException e) {
                logUnexpected(e);
                showIfLatest(latest, ticket, () -> failed.accept(e));
                return;
            }
            showIfLatest(latest, ticket, () -> show.accept(result));
        }, security);
        try {
            executor.execute(task);
        } catch (RejectedExecutionException busy) {
            log.warn("Every compute thread is busy and the queue is full; a page's figures were refused");
            failed.accept(busy);
        }
    }

    private void showIfLatest(LatestOnly latest, long ticket, Runnable change) {
        OpenPage.access(ui, () -> {
            if (latest.isLatest(ticket)) {
                change.run();
            }
        });
    }

    /** The services' own refusals are the page's to word; anything else is a fault worth a trace in the log too. */
    private static void logUnexpected(RuntimeException e) {
        if (!(e instanceof NotFoundException || e instanceof InvalidInputException
                || e instanceof AccessDeniedException)) {
            log.warn("Computing a page's figures failed", e);
        }
    }
}
