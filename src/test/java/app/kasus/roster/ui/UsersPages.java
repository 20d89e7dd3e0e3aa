package app.kasus.roster.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.nio.charset.StandardCharsets;

/** Page objects for the accounts page, its dialogs and the roster import, in the words of the UI. */
final class UsersPages {

    private UsersPages() {
    }

    static Locator notification(Page page, String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
    }

    /** The accounts page. */
    static final class UsersPage {
        final Page page;

        UsersPage(Page page) {
            this.page = page;
        }

        UsersPage openFromTopBar() {
            page.locator("#nav-users").click();
            return waitForGrid();
        }

        UsersPage waitForGrid() {
            grid().waitFor();
            return this;
        }

        Locator grid() {
            return page.locator("#users-grid");
        }

        /** Narrows the list to accounts whose username or name contains {@code text}. */
        UsersPage filter(String text) {
            Locator input = page.locator("#users-filter input");
            input.fill(text);
            input.press("Enter");
            // The count names the search once the list has been refreshed for it.
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#users-count"))
                    .containsText("\u201c" + text + "\u201d");
            return this;
        }

        /** A visible cell of the list showing exactly {@code text} (the grid keeps spare rows, hidden, for reuse). */
        Locator cell(String text) {
            return grid().getByText(text, new Locator.GetByTextOptions().setExact(true))
                    .filter(new Locator.FilterOptions().setVisible(true));
        }

        UsersPage select(String username) {
            filter(username);
            cell(username).click();
            com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#users-selection"))
                    .containsText(username);
            return this;
        }

        Locator toggle() {
            return page.locator("#account-toggle");
        }

        Locator reset() {
            return page.locator("#account-reset");
        }

        Locator delete() {
            return page.locator("#account-delete");
        }

        void confirm(String dialogId) {
            page.locator("#" + dialogId + "-confirm").click();
            page.locator("#" + dialogId + "-confirm").waitFor(hidden());
        }

        NewAccountDialog openNewAccount() {
            page.locator("#new-account").click();
            page.locator("#new-username").waitFor();
            return new NewAccountDialog(page);
        }

        Locator oneTimePassword() {
            return page.locator("#one-time-password");
        }

        void closeOneTimePassword() {
            page.locator("#one-time-password-close").click();
            oneTimePassword().waitFor(hidden());
        }

        RosterImportPage openImport() {
            page.locator("#import-roster").click();
            page.locator("#roster-upload").waitFor();
            return new RosterImportPage(page);
        }
    }

    /** The new-account dialog. */
    static final class NewAccountDialog {
        private final Page page;

        NewAccountDialog(Page page) {
            this.page = page;
        }

        NewAccountDialog fill(String username, String displayName) {
            page.locator("#new-username input").fill(username);
            page.locator("#new-display-name input").fill(displayName);
            return this;
        }

        /** Opens the role select; returns the roles it offers. */
        Locator openRoles() {
            page.locator("#new-role").click();
            Locator items = page.locator("vaadin-select-overlay[opened] vaadin-select-item");
            items.first().waitFor();
            return items;
        }

        void chooseRole(Locator offered) {
            offered.click();
            page.locator("vaadin-select-overlay[opened]").waitFor(hidden());
        }

        Locator role() {
            return page.locator("#new-role");
        }

        NewAccountDialog addGroup(String name) {
            Locator input = page.locator("#new-groups input");
            input.fill(name);
            page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(name)).first().click();
            input.press("Escape");
            return this;
        }

        void save() {
            page.locator("#new-account-save").click();
        }

        Locator field(String id) {
            return page.locator("#" + id);
        }
    }

    /** The roster import page. */
    static final class RosterImportPage {
        private final Page page;

        RosterImportPage(Page page) {
            this.page = page;
        }

        RosterImportPage upload(String fileName, String content) {
            page.locator("#roster-upload input[type=file]").setInputFiles(
                    new FilePayload(fileName, "text/csv", content.getBytes(StandardCharsets.UTF_8)));
            return this;
        }

        Locator summary() {
            return page.locator("#roster-summary");
        }

        Locator preview() {
            return page.locator("#roster-preview");
        }

        Locator problems() {
            return page.locator("#roster-problems");
        }

        Locator importButton() {
            return page.locator("#roster-import");
        }

        Locator created() {
            return page.locator("#roster-created");
        }

        Locator passwords() {
            return page.locator("#roster-passwords");
        }
    }

    static Locator.WaitForOptions hidden() {
        return new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN);
    }
}
