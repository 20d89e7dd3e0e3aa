package app.kasus.annotation.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.Map;

/**
 * Page objects: what a person does in Kasus, in the words of the UI, so the tests read like the user's steps.
 * Public so that other features' browser tests sign in and code the same way.
 */
public final class KasusPages {

    private KasusPages() {
    }

    public static final class LoginPage {
        private final Page page;
        private final String base;

        public LoginPage(Page page, String base) {
            this.page = page;
            this.base = base;
        }

        public LoginPage open() {
            page.navigate(base + "/login");
            page.locator("#vaadinLoginUsername input").waitFor();
            return this;
        }

        public void signIn(String username, String password) {
            page.locator("#vaadinLoginUsername input").fill(username);
            page.locator("#vaadinLoginPassword input").fill(password);
            page.locator("#vaadinLoginPassword input").press("Enter");
        }

        public Locator errorMessage() {
            return page.locator("vaadin-login-form [part='error-message']").first();
        }
    }

    public static final class CasePage {
        private final Page page;

        public CasePage(Page page) {
            this.page = page;
        }

        /** From the start page: the first case whose title contains the given text. */
        public CasePage openFromList(String titlePart) {
            page.locator("a.case-link", new Page.LocatorOptions().setHasText(titlePart)).first().click();
            page.locator("kasus-passage").first().waitFor();
            return this;
        }

        public Locator passageContaining(String text) {
            return page.locator("kasus-passage", new Page.LocatorOptions().setHasText(text)).first();
        }

        /** Drags the mouse across the first occurrence of {@code word} inside the passage, as a reader would. */
        public void selectWithMouse(Locator passage, String word) {
            @SuppressWarnings("unchecked")
            Map<String, Object> box = (Map<String, Object>) passage.evaluate("""
                    (el, word) => {
                      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
                      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                        const i = n.data.indexOf(word);
                        if (i >= 0) {
                          const r = document.createRange();
                          r.setStart(n, i); r.setEnd(n, i + word.length);
                          el.scrollIntoView({block: 'center'});
                          const b = r.getClientRects()[0];
                          return {x1: b.left + 1, x2: b.right - 1, y: b.top + b.height / 2};
                        }
                      }
                      return null;
                    }""", word);
            double y = ((Number) box.get("y")).doubleValue();
            page.mouse().move(((Number) box.get("x1")).doubleValue(), y);
            page.mouse().down();
            page.mouse().move(((Number) box.get("x2")).doubleValue(), y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(5));
            page.mouse().up();
        }

        public Locator highlights(Locator passage) {
            return passage.locator(".hl");
        }

        /** The coding panel's save button: visible while the panel is open for the viewer's own coding. */
        public Locator panel() {
            return page.locator("#coding-save");
        }

        /** The docked side panel itself (a complementary landmark), open or not. */
        public Locator sidePanel() {
            return page.locator("#coding-panel");
        }

        /** The notice the panel shows when a new choice would discard unsaved changes. */
        public Locator unsavedNotice() {
            return page.locator("#coding-pending");
        }

        public void discardChanges() {
            page.locator("#coding-discard").click();
        }

        /** Whether keyboard focus is somewhere inside the side panel. */
        public boolean focusIsInPanel() {
            return (Boolean) page.evaluate("() => { let a = document.activeElement;"
                    + " while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;"
                    + " return !!(a && a.closest && a.closest('#coding-panel')); }");
        }

        /** The comment count marked on a passage's highlights, e.g. "2 comments". */
        public Locator commentMarks(Locator passage) {
            return passage.locator(".kp-comments");
        }

        /** The instructors' feedback mark on a passage's highlights, e.g. "Feedback: 2, 1 new"; class unread then. */
        public Locator feedbackMarks(Locator passage) {
            return passage.locator(".kp-feedback");
        }

        /** The feedback section of the open panel: present only for the annotation's coder and the instructors. */
        public Locator feedbackSection() {
            return page.locator("#coding-panel .feedback-thread");
        }

        /** The comment thread of the open panel. */
        public Locator commentSection() {
            return page.locator("#coding-panel .comment-thread");
        }

        /** Writes feedback in the open panel and gives it with Ctrl+Enter, as an instructor does. */
        public void giveFeedback(String text) {
            page.locator("#feedback-draft textarea").fill(text);
            page.locator("#feedback-draft textarea").press("Control+Enter");
        }

        public void chooseCode(String label) {
            page.locator("#coding-code vaadin-radio-button", new Page.LocatorOptions().setHasText(label)).click();
        }

        public void choose(String selectId, String optionLabel) {
            // The previous choice's answer may still move the select (a code's definition appears above it).
            app.kasus.testsupport.VaadinSelect.choose(page, page.locator("#" + selectId), optionLabel);
        }

        void chooseRespondsTo(String labelPart) {
            page.locator("#coding-responds-to input").click();
            page.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText(labelPart)).first().click();
        }

        public void save() {
            page.locator("#coding-save").click();
            panel().waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        }

        public void delete() {
            page.locator("#coding-delete").click();
            panel().waitFor(new Locator.WaitForOptions().setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        }

        public Locator quoteInPanel() {
            return page.locator(".coding-quote");
        }

        public void switchLanguage(String label) {
            KasusPages.switchLanguage(page, label);
        }
    }

    /**
     * Chooses the interface language and waits for the reload it causes: until then the old page is still
     * there, and keys pressed into it are lost.
     */
    public static void switchLanguage(Page page, String label) {
        page.locator("#language-switch").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label)).click();
        com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat(page.locator("#logout"))
                .hasText(label.startsWith("Bahasa") ? "Keluar" : "Sign out");
    }
}
