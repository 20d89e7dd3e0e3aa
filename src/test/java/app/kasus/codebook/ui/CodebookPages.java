package app.kasus.codebook.ui;

import app.kasus.testsupport.BrowserSignIn;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.WaitForSelectorState;

/**
 * Page objects for the codebook editor and the parts of the reading page it affects, in the words of the UI.
 * (The coding page objects in {@code annotation.ui} are package-private to that feature.)
 */
final class CodebookPages {

    private CodebookPages() {
    }

    static void signIn(Page page, String base, String username) {
        BrowserSignIn.open(page, base, username, "kasus-demo", "/");
    }

    /** The reading page of a case. */
    static final class CasePage {
        private final Page page;

        CasePage(Page page) {
            this.page = page;
        }

        CasePage openFromList(String titlePart) {
            page.locator("a.case-link", new Page.LocatorOptions().setHasText(titlePart)).first().click();
            return waitForText();
        }

        CasePage waitForText() {
            page.locator("kasus-passage").first().waitFor();
            return this;
        }

        Locator codebookLink() {
            return page.locator("#codebook-link");
        }

        CodebookPage followCodebookLink() {
            codebookLink().click();
            return new CodebookPage(page).waitForGrid();
        }

        /** Selects the first words of the passage with the keyboard and presses the code's digit. */
        void codeStartOfPassage(String containing, int codeDigit) {
            Locator passage = page.locator("kasus-passage", new Page.LocatorOptions().setHasText(containing)).first();
            passage.focus();
            for (int i = 0; i < 4; i++) {
                page.keyboard().press("Shift+ArrowRight");
            }
            page.keyboard().press(Integer.toString(codeDigit));
            page.locator("#coding-save").waitFor();
        }

        Locator chosenCode() {
            return page.locator("#coding-code vaadin-radio-button[checked]");
        }

        Locator codeChoices() {
            return page.locator("#coding-code vaadin-radio-button");
        }

        /** The help under the code choices, where the chosen code's definition appears. */
        Locator codeHelp() {
            return page.locator("#coding-code [slot='helper']");
        }

        void chooseCode(String label) {
            codeChoices().filter(new Locator.FilterOptions().setHasText(label)).click();
        }

        void cancelCoding() {
            page.locator("#coding-cancel").click();
            page.locator("#coding-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        }

        void switchLanguage(String label) {
            app.kasus.annotation.ui.KasusPages.switchLanguage(page, label);
        }
    }

    /** The codebook editor of a case. */
    static final class CodebookPage {
        private final Page page;

        CodebookPage(Page page) {
            this.page = page;
        }

        CodebookPage waitForGrid() {
            grid("codes-grid").waitFor();
            return this;
        }

        Locator grid(String id) {
            return page.locator("#" + id);
        }

        /** A grid cell showing exactly {@code text} (keys are lower case, names capitalised). */
        Locator cell(String gridId, String text) {
            return grid(gridId).getByText(text, new Locator.GetByTextOptions().setExact(true));
        }

        void selectCode(String key) {
            cell("codes-grid", key).first().click();
            page.locator("#code-save").waitFor();
        }

        void fill(String fieldId, String value) {
            Locator field = page.locator("#" + fieldId);
            // The field's own input or textarea, not the colour picker in its suffix.
            Locator input = field.locator("input[slot='input'], textarea[slot='textarea']");
            input.fill(value);
        }

        Locator field(String fieldId) {
            return page.locator("#" + fieldId);
        }

        void saveCode() {
            page.locator("#code-save").click();
        }

        Locator notification(String text) {
            return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
        }

        CasePage backToCase() {
            page.locator("#codebook-back").click();
            return new CasePage(page).waitForText();
        }

        void addCode(String key, String nameEn, String nameId) {
            page.locator("#code-add").click();
            fill("code-key", key);
            fill("code-name-en", nameEn);
            fill("code-name-id", nameId);
            saveCode();
        }

        Locator deleteDialog() {
            return page.locator("#delete-code-confirm");
        }

        void openDelete() {
            page.locator("#code-delete").click();
            deleteDialog().waitFor();
        }

        Locator usageInDialog() {
            return page.locator("#delete-code-usage");
        }

        void chooseInDialog(String optionLabel) {
            page.locator("#delete-code-choice vaadin-radio-button",
                    new Page.LocatorOptions().setHasText(optionLabel)).click();
        }

        void chooseTarget(String label) {
            app.kasus.testsupport.VaadinSelect.choose(page, page.locator("#delete-code-target"), label);
        }

        void confirmDelete() {
            deleteDialog().click();
            deleteDialog().waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
        }
    }
}
