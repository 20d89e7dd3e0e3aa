package app.kasus.review.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page object of the scores view, in the words a reader would use. */
final class ScoresPage {

    private final Page page;

    ScoresPage(Page page) {
        this.page = page;
    }

    /** A cell of the staff table holding the text. */
    Locator cell(String text) {
        return page.locator("#scores-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first();
    }

    void chooseRule(String label) {
        page.locator("#scores-rule vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).locator("label")
                .click();
    }

    void toggleDetails(String coder) {
        page.locator("#details-" + coder).click();
    }

    Locator csv() {
        return page.locator("#scores-csv");
    }

    Locator notReleased() {
        return page.locator("#scores-not-released");
    }

    Locator own() {
        return page.locator("#scores-own");
    }

    Locator missedLinks() {
        return page.locator("a.score-missed");
    }

    Locator addedLinks() {
        return page.locator("a.score-added");
    }
}
