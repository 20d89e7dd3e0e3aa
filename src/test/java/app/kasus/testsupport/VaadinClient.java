package app.kasus.testsupport;

import com.microsoft.playwright.Page;

/** Waits on Vaadin's client engine rather than on time. */
public final class VaadinClient {

    private VaadinClient() {
    }

    /**
     * Waits until no request of Vaadin's client is in flight. A server answer can still change the layout (a helper
     * text appears, a field moves), so a page object settles before clicking where an earlier action will redraw.
     */
    public static void settle(Page page) {
        page.waitForFunction("() => { const clients = (window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients) || {};"
                + " return !Object.values(clients).some(c => c && typeof c.isActive === 'function' && c.isActive()); }");
    }
}
