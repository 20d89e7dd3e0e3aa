package app.kasus.annotation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Live updates for one UI: the query runs on the calling background thread as the viewer (so the services apply
 * the viewer's row-level rules), and only showing its result takes the UI's session lock. A query under the lock
 * would make every open page wait for the database whenever a seminar is busy.
 */
final class AsViewer {

    private static final Logger log = LoggerFactory.getLogger(AsViewer.class);

    private final UI ui;
    private final SecurityContext security;

    /** Call while the viewer's own request runs: that is where their sign-in is. */
    AsViewer(UI ui) {
        this.ui = ui;
        this.security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
    }

    <T> void query(Supplier<T> query, Consumer<T> show) {
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
}
