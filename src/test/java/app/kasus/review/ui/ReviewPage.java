package app.kasus.review.ui;

import app.kasus.annotation.ui.KasusPages.CasePage;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.WaitForSelectorState;

/** Page object of the disagreements review ({@code cases/<id>/review}), in the words of the UI. */
final class ReviewPage {

    private final Page page;

    ReviewPage(Page page) {
        this.page = page;
    }

    ReviewPage open(String base, long caseId, String query) {
        page.navigate(base + "/cases/" + caseId + "/review" + query);
        page.locator("#review-status").waitFor();
        return this;
    }

    Locator status() {
        return page.locator("#review-status");
    }

    Locator passage(long passageId) {
        return page.locator("#review-passage-" + passageId);
    }

    Locator passages() {
        return page.locator(".review-passage");
    }

    Locator coderRow(long passageId, String coder) {
        return page.locator("#review-row-" + passageId + "-" + coder);
    }

    Locator goldRow(long passageId) {
        return page.locator("#review-gold-" + passageId);
    }

    Locator goldSpans(long passageId) {
        return goldRow(passageId).locator(".review-span");
    }

    Locator span(long annotationId) {
        return page.locator("#review-span-" + annotationId);
    }

    /** The Accept button of a coder's span, found by its accessible name as a screen reader user would. */
    Locator acceptButton(String coder, String quote) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                .setName("Accept " + coder + "'s span “" + quote + "” into gold"));
    }

    void editGold(String quote) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Edit the gold span “" + quote + "”"))
                .click();
        page.locator("#gold-save").waitFor();
    }

    /**
     * Selects a word in the passage text as a mouse drag leaves it (the browser's selection, then the button press and
     * release the element listens for), which opens the dialog for a new gold span. Set directly rather than dragged
     * across pixels, so a reflow of the page between measuring and dragging cannot shift the selection.
     */
    void selectInPassage(long passageId, String word) {
        passage(passageId).locator("kasus-passage.review-text").evaluate("""
                (el, word) => {
                  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                    const i = n.data.indexOf(word);
                    if (i >= 0) {
                      const r = document.createRange();
                      r.setStart(n, i); r.setEnd(n, i + word.length);
                      n.parentElement.dispatchEvent(new MouseEvent('mousedown', {bubbles: true}));
                      getSelection().removeAllRanges();
                      getSelection().addRange(r);
                      n.parentElement.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
                      return;
                    }
                  }
                  throw new Error('no ' + word + ' in the passage');
                }""", word);
        page.locator("#gold-save").waitFor();
    }

    /** Adds a coder to the comparison with the coder choice. */
    void addCoder(String username) {
        page.locator("#review-coders input").fill(username);
        page.locator("vaadin-multi-select-combo-box-item", new Page.LocatorOptions().setHasText(username)).first()
                .click();
        page.keyboard().press("Escape");
    }

    Locator field(String id) {
        return page.locator("#" + id + " input");
    }

    void choose(String selectId, String optionLabel) {
        // The previous choice's answer may still redraw the dialog and move the select.
        app.kasus.testsupport.VaadinSelect.choose(page, page.locator("#" + selectId), optionLabel);
    }

    /** Saves a valid form: the dialog closes, so the next one asked for is a new one. */
    void saveGold() {
        page.locator("#gold-save").click();
        page.locator("#gold-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.DETACHED));
    }

    Locator acceptAgreed() {
        return page.locator("#review-accept-agreed");
    }

    void acceptAllAgreed(int expected) {
        acceptAgreed().click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept " + expected + " spans")).click();
    }

    Locator notification(String text) {
        return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text)).first();
    }
}
