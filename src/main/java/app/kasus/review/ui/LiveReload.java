package app.kasus.review.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Reloads a review page after live events: changes arriving close together are gathered into one reload, whose
 * query runs on a background thread as the viewer (so the services apply the viewer's rules); only showing the
 * result takes the page's session lock. A query under the lock would stall the page whenever a seminar is busy.
 */
final class LiveReload<T> implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LiveReload.class);

    // Shared by all review pages: one query per reload, so a single thread keeps up.
    private static final ScheduledExecutorService SCHEDULER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "review-refresh");
        t.setDaemon(true);
        return t;
    });

    private final UI ui;
    private final SecurityContext viewer;
    private final long delayMillis;
    private final Supplier<T> query;
    private final Consumer<T> show;
    private boolean scheduled;
    private boolean closed;

    /** Call while the viewer's own request runs: that is where their sign-in is. */
    LiveReload(UI ui, long delayMillis, Supplier<T> query, Consumer<T> show) {
        this.ui = ui;
        this.delayMillis = delayMillis;
        this.query = query;
        this.show = show;
        this.viewer = SecurityContextHolder.createEmptyContext();
        viewer.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    }

    synchronized void changed() {
        if (closed || scheduled) {
            return;
        }
        scheduled = true;
        SCHEDULER.schedule(new DelegatingSecurityContextRunnable(this::reload, viewer), delayMillis,
                TimeUnit.MILLISECONDS);
    }

    private void reload() {
        synchronized (this) {
            scheduled = false;
            if (closed) {
                return;
            }
        }
        try {
            T result = query.get();
            ui.access(() -> show.accept(result));
        } catch (UIDetachedException gone) {
            // The page was closed meanwhile.
        } catch (RuntimeException e) {
            log.warn("A review refresh failed", e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
    }
}
