package app.kasus.cases.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/** The import page (cases/import) as a user works it: upload, preview, title, create, publish, open. */
final class CaseImportPage {

    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final Page page;

    CaseImportPage(Page page) {
        this.page = page;
    }

    /** From the case list, through its link (shown only to those who may import). */
    static CaseImportPage openFromCaseList(Page page) {
        page.locator("#case-import-link").click();
        page.locator("#case-upload").waitFor();
        return new CaseImportPage(page);
    }

    CaseImportPage uploadDocx(String fileName, byte[] content) {
        page.locator("#case-upload input[type=file]").setInputFiles(new FilePayload(fileName, DOCX, content));
        return this;
    }

    Locator summary() {
        return page.locator("#case-preview-summary");
    }

    Locator preview() {
        return page.locator("#case-preview");
    }

    Locator title() {
        return page.locator("#case-title input");
    }

    void createDraft() {
        page.locator("#case-create").click();
        created().waitFor();
    }

    Locator created() {
        return page.locator("#case-created");
    }

    Locator status() {
        return page.locator("#case-status");
    }

    void publish() {
        page.locator("#case-publish").click();
    }

    /** Opens the new case's reading view. */
    void openCase() {
        page.locator("#case-open").click();
        page.locator("kasus-passage").first().waitFor();
    }

    /** The id of the created case, from the link to it. */
    long createdCaseId() {
        String href = page.locator("#case-open").getAttribute("href");
        return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
    }
}
