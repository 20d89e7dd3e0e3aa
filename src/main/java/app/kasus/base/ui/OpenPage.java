package app.kasus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

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
}
