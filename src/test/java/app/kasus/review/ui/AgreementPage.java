package app.kasus.review.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The agreement page of a case, as a user works it. */
final class AgreementPage {

    private final Page page;

    AgreementPage(Page page) {
        this.page = page;
    }

    AgreementPage open(String base, long caseId, String query) {
        page.navigate(base + "/cases/" + caseId + "/agreement" + (query.isEmpty() ? "" : "?" + query));
        // The figures are computed after the page shows; aria-busy turns false once they (or their empty state) are in.
        page.locator("#agreement-results[aria-busy='false']").waitFor();
        return this;
    }

    /** The matrix cell of the two coders (row, column). */
    Locator kappa(String row, String column) {
        return page.locator("#agreement-matrix td[data-a='" + row + "'][data-b='" + column + "']");
    }

    Locator matrix() {
        return page.locator("#agreement-matrix");
    }

    Locator figure(String measure) {
        return page.locator("#agreement-" + measure);
    }

    Locator emptyState() {
        return page.locator("#agreement-empty");
    }

    Locator legend() {
        return page.locator("#agreement-legend");
    }

    void chooseCode(String label) {
        app.kasus.testsupport.VaadinSelect.choose(page, page.locator("#agreement-code"), label);
    }

    /** Selects or deselects the coder in the multi-select. */
    void toggleCoder(String username) {
        page.locator("#agreement-coders input").click();
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(username)).first().click();
        page.keyboard().press("Escape");
    }
}
