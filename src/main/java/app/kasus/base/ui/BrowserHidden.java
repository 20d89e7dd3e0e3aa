package app.kasus.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Hides a component in the browser only (the {@code hidden} attribute). Vaadin's {@code setVisible(false)} also holds
 * back every JavaScript call made on the component and its children until it is shown again: a field that stays
 * hidden while forms open and close, or a list that live changes refill, then keeps a queue that grows with each
 * change and that Vaadin scans on every response (issue 10: six calls per coding on the hidden valence choice, so a
 * coder's round trips slowed as they worked; a lone reader's presence bar never installed its page-leave beacon).
 * Hidden this way the component stays in step with the server and out of sight and out of the accessibility tree.
 * Styles that set {@code display} on such a component need a {@code [hidden]} rule of their own.
 */
public final class BrowserHidden {

    private BrowserHidden() {
    }

    public static void set(Component component, boolean hidden) {
        component.getElement().setAttribute("hidden", hidden);
    }
}
