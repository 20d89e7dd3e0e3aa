package app.kasus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.PushConnection;
import java.util.concurrent.locks.Lock;

/** Changes a page from another thread (an upload request, a background job), as long as the page is still open. */
public final class OpenPage {

    private OpenPage() {
    }

    /** Runs the change under the page's lock; nothing happens once the user has left ({@code ui} null or detached). */
    public static void access(UI ui, Runnable change) {
        if (ui == null) {
            return;
        }
        try {
            ui.access(change::run);
        } catch (UIDetachedException left) {
            // The user left the page: nothing to show any more (whatever ran in the background still counts).
        }
    }

    /**
     * Whether the page can be sent anything: its Push connection is up, or it has none (Push off). False once its
     * browser closed or lost the connection: Vaadin keeps such a UI for minutes, until its heartbeats are missed, and
     * work for it until then is wasted. Asked from a background thread: the connection's state may only be read under
     * the session's lock, which is tried, not waited for. A session busy serving a request has its page there: yes.
     */
    public static boolean reachable(UI ui) {
        VaadinSession session = ui.getSession();
        if (session == null) {
            return false;
        }
        Lock lock = session.getLockInstance();
        if (!lock.tryLock()) {
            return true;
        }
        try {
            PushConnection push = ui.getInternals().getPushConnection();
            return !ui.isClosing() && (push == null || push.isConnected());
        } finally {
            // Vaadin's own release: runs what other threads queued for the session meanwhile.
            session.unlock();
        }
    }
}
