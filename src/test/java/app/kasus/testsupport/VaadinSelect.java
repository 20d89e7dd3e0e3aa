package app.kasus.testsupport;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.WaitForSelectorState;

/** Picks an option of a {@code vaadin-select} the way a user does, robust to a list that closes again at once. */
public final class VaadinSelect {

    private static final int ATTEMPTS = 3;
    private static final double OPEN_TIMEOUT_MS = 5_000;

    private VaadinSelect() {
    }

    /**
     * Opens the select and clicks the option with the label. A click that lands while the server's answer to an
     * earlier action redraws the form can open the list and have it closed by the focus moving on, so the list
     * is opened again (up to three times) until its options show; a slow answer alone never needs this.
     */
    public static void choose(Page page, Locator select, String optionLabel) {
        Locator option = options(page).filter(new Locator.FilterOptions().setHasText(optionLabel)).first();
        for (int attempt = 1; ; attempt++) {
            VaadinClient.settle(page);
            if (!Boolean.TRUE.equals(select.evaluate("s => s.opened === true"))) {
                select.click();
            }
            try {
                option.waitFor(new Locator.WaitForOptions().setTimeout(OPEN_TIMEOUT_MS));
                break;
            } catch (TimeoutError notOpened) {
                if (attempt == ATTEMPTS) {
                    throw notOpened;
                }
            }
        }
        option.click();
        page.locator("vaadin-select-overlay[opened]")
                .waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
    }

    /** The options of whichever select list is open now. */
    public static Locator options(Page page) {
        return page.locator("vaadin-select-overlay[opened] vaadin-select-item");
    }
}
