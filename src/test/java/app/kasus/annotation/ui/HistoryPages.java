package app.kasus.annotation.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Page objects for history and restore: the panel's history, the reader's deleted coding, the activity page. */
final class HistoryPages {

    private HistoryPages() {
    }

    /** The reading view's "Deleted coding" section. */
    static final class DeletedCodingSection {
        private final Page page;

        DeletedCodingSection(Page page) {
            this.page = page;
        }

        Locator root() {
            return page.locator("#deleted-coding");
        }

        DeletedCodingSection open() {
            root().locator("vaadin-details-summary").click();
            return this;
        }

        Locator entries() {
            return root().locator(".deleted-entry");
        }

        Locator empty() {
            return root().locator(".deleted-empty");
        }

        /** Restores the first entry with the keyboard: focus on its button, Enter. */
        void restoreFirst() {
            Locator button = entries().first().locator(".deleted-restore");
            button.focus();
            page.keyboard().press("Enter");
        }
    }

    /** The history section of the open coding panel. */
    static final class PanelHistory {
        private final Page page;

        PanelHistory(Page page) {
            this.page = page;
        }

        PanelHistory open() {
            page.locator("#coding-history vaadin-details-summary").click();
            return this;
        }

        Locator entries() {
            return page.locator("#coding-history .history-entry");
        }
    }

    /** An instructor's activity page of a case. */
    static final class ActivityPage {
        private final Page page;

        ActivityPage(Page page) {
            this.page = page;
        }

        Locator grid() {
            return page.locator("#activity-grid");
        }

        /** The grid's cell whose text is exactly this. */
        Locator cell(String text) {
            return page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text));
        }
    }
}
