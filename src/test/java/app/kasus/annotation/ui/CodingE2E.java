package app.kasus.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kasus.annotation.ui.KasusPages.CasePage;
import app.kasus.annotation.ui.KasusPages.LoginPage;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A student reads and codes the demo case in a real browser against the running application. */
@KasusIntegrationTest
class CodingE2E extends BrowserTest {

    private static final String WORD = "Yongbyon";


    private CasePage signInAndOpenCase(String user) {
        BrowserSignIn.open(page, base(), user, "kasus-demo", "/");
        return new CasePage(page).openFromList("Hanoi");
    }

    @Test
    void studentCodesASpanWithTheMouseAndFindsItAfterReloadThenEditsAndDeletesIt() {
        CasePage casePage = signInAndOpenCase("student1");
        Locator passage = casePage.passageContaining(WORD);
        assertThat(casePage.highlights(passage)).hasCount(0);
        // Only read so far: the panel is built when first needed, as most views are read more than coded.
        assertThat(casePage.panel()).hasCount(0);
        double width = passage.boundingBox().width;

        casePage.selectWithMouse(passage, WORD);
        assertThat(casePage.panel()).isVisible();
        assertThat(casePage.quoteInPanel()).hasText(WORD);
        // The text keeps its measure beside the panel (1280 px wide): nothing reflows under the reader.
        org.assertj.core.api.Assertions.assertThat(passage.boundingBox().width).isEqualTo(width);
        casePage.chooseCode("Concession");
        casePage.choose("coding-actor", "DPRK");
        casePage.choose("coding-addressee", "US");
        casePage.choose("coding-stage", "1 · Unilateral accommodation");
        casePage.save();

        assertThat(casePage.highlights(passage).first()).hasText(WORD);
        assertThat(casePage.highlights(passage).first()).hasAttribute("title",
                java.util.regex.Pattern.compile("Concession · DPRK.*→ US.*stage 1"));

        page.reload();
        passage = casePage.passageContaining(WORD);
        Locator highlight = casePage.highlights(passage).first();
        assertThat(highlight).hasText(WORD);

        highlight.click();
        assertThat(casePage.quoteInPanel()).hasText(WORD);
        casePage.chooseCode("Demand");
        casePage.save();
        assertThat(casePage.highlights(passage).first()).hasAttribute("title",
                java.util.regex.Pattern.compile("^Demand"));

        casePage.highlights(passage).first().click();
        casePage.delete();
        assertThat(casePage.highlights(passage)).hasCount(0);
        page.reload();
        assertThat(casePage.highlights(casePage.passageContaining(WORD))).hasCount(0);
    }

    @Test
    void keyboardOnlyCodingSelectsWithShiftArrowsAndCodesWithADigit() {
        CasePage casePage = signInAndOpenCase("student3");
        Locator passage = casePage.passageContaining(WORD);
        passage.focus();
        for (int i = 0; i < 4; i++) {
            page.keyboard().press("Shift+ArrowRight");
        }
        page.keyboard().press("2");
        assertThat(casePage.panel()).isVisible();
        assertThat(page.locator("#coding-code vaadin-radio-button[checked]")).hasText("2 · Demand");
        casePage.choose("coding-actor", "US");
        casePage.choose("coding-addressee", "DPRK");
        casePage.choose("coding-stage", "1 · Unilateral accommodation");
        page.keyboard().press("Control+Enter");
        casePage.panel().waitFor(new Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.HIDDEN));
        Locator highlight = casePage.highlights(passage).first();
        assertThat(highlight).hasAttribute("title", java.util.regex.Pattern.compile("^Demand · US"));
        casePage.highlights(passage).first().click();
        casePage.delete();
    }

    @Test
    void thePanelIsDockedBesideTheTextFollowsTheNextSelectionAndKeepsUnsavedChanges() {
        CasePage casePage = signInAndOpenCase("student2");
        Locator passage = casePage.passageContaining(WORD);
        casePage.selectWithMouse(passage, WORD);
        assertThat(casePage.panel()).isVisible();
        assertThat(page.getByRole(AriaRole.COMPLEMENTARY, new Page.GetByRoleOptions().setName("Code this passage")))
                .isVisible();
        page.waitForCondition(casePage::focusIsInPanel);
        Accessibility.assertNoSeriousViolations(page);

        // Docked beside the passage, not over it: the passage stays visible and takes clicks.
        BoundingBox text = passage.boundingBox();
        BoundingBox panel = casePage.sidePanel().boundingBox();
        org.assertj.core.api.Assertions.assertThat(panel.x).isGreaterThanOrEqualTo(text.x + text.width);
        org.assertj.core.api.Assertions.assertThat(page.evaluate("([x, y]) => !!document.elementFromPoint(x, y)"
                + ".closest('kasus-passage')", List.of(text.x + 5, text.y + 5))).isEqualTo(true);

        // Selecting the next span while nothing was changed moves the panel to it.
        String next = "Hanoi";
        Locator other = casePage.passageContaining(next);
        casePage.selectWithMouse(other, next);
        assertThat(casePage.quoteInPanel()).hasText(next);

        // With a change made, a new selection does not throw it away: the panel stays and says why.
        casePage.chooseCode("Signal");
        casePage.selectWithMouse(passage, WORD);
        assertThat(casePage.unsavedNotice()).isVisible();
        assertThat(casePage.unsavedNotice()).containsText("not saved");
        assertThat(casePage.quoteInPanel()).hasText(next);
        assertThat(page.locator("#coding-code vaadin-radio-button[checked]")).hasText("3 · Signal");
        casePage.discardChanges();
        assertThat(casePage.quoteInPanel()).hasText(WORD);
        assertThat(casePage.unsavedNotice()).isHidden();

        // Escape from a field closes the panel and gives the passage its focus and selection back.
        page.locator("#coding-note textarea").focus();
        page.keyboard().press("Escape");
        assertThat(casePage.sidePanel()).isHidden();
        assertThat(passage).isFocused();
        org.assertj.core.api.Assertions.assertThat(page.evaluate("String(getSelection())")).isEqualTo(WORD);
        assertThat(casePage.highlights(passage)).hasCount(0);
    }

    @Test
    void onANarrowScreenThePanelIsABottomSheet() {
        page.setViewportSize(600, 900);
        CasePage casePage = signInAndOpenCase("student2");
        Locator passage = casePage.passageContaining(WORD);
        casePage.selectWithMouse(passage, WORD);
        assertThat(casePage.panel()).isVisible();
        BoundingBox sheet = casePage.sidePanel().boundingBox();
        org.assertj.core.api.Assertions.assertThat(sheet.y + sheet.height).isCloseTo(900, org.assertj.core.data.Offset.offset(2.0));
        org.assertj.core.api.Assertions.assertThat(sheet.width).isCloseTo(600, org.assertj.core.data.Offset.offset(20.0));
        org.assertj.core.api.Assertions.assertThat(sheet.height).isLessThanOrEqualTo(0.5 * 900);
        // The text scrolls on above the sheet: the passage can still be brought into the part left visible.
        passage.evaluate("p => p.scrollIntoView({block: 'start'})");
        BoundingBox text = passage.boundingBox();
        org.assertj.core.api.Assertions.assertThat(text.y).isLessThan(sheet.y);
        page.keyboard().press("Escape");
        assertThat(casePage.sidePanel()).isHidden();
    }

    @Test
    void anotherStudentDoesNotSeeTheCoding() {
        ApiClient student1 = ApiClient.as(port, "student1", "kasus-demo");
        long caseId = student1.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode target = null;
        for (JsonNode p : student1.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().contains(WORD)) {
                target = p;
                break;
            }
        }
        int start = target.get("text").asText().indexOf(WORD);
        JsonNode created = student1.post("/api/cases/" + caseId + "/annotations", Map.of("passageId",
                target.get("id").asLong(), "start", start, "end", start + WORD.length(), "code", "concession",
                "actor", "DPRK", "addressee", "US", "stage", 1)).json();
        try {
            CasePage casePage = signInAndOpenCase("student2");
            Locator passage = casePage.passageContaining(WORD);
            assertThat(passage).isVisible();
            assertThat(casePage.highlights(passage)).hasCount(0);
        } finally {
            student1.delete("/api/annotations/" + created.get("id").asLong());
        }
    }

    @Test
    void aReplyLinksToTheConcessionItAnswersAndLosesTheLinkWhenThatIsDeleted() {
        CasePage casePage = signInAndOpenCase("student3");
        Locator first = casePage.passageContaining("Punggye-ri");
        casePage.selectWithMouse(first, "Punggye-ri");
        casePage.chooseCode("Concession");
        casePage.choose("coding-actor", "DPRK");
        casePage.choose("coding-addressee", "US");
        casePage.choose("coding-stage", "1 · Unilateral accommodation");
        casePage.save();

        Locator second = casePage.passageContaining(WORD);
        casePage.selectWithMouse(second, WORD);
        casePage.chooseCode("Concession");
        casePage.choose("coding-actor", "US");
        casePage.choose("coding-addressee", "DPRK");
        casePage.chooseRespondsTo("Punggye-ri");
        casePage.save();
        assertThat(casePage.highlights(second).first()).hasAttribute("title",
                java.util.regex.Pattern.compile("answers: Concession · DPRK.*Punggye-ri"));

        casePage.highlights(first).first().click();
        casePage.delete();
        assertThat(casePage.highlights(second).first()).not().hasAttribute("title",
                java.util.regex.Pattern.compile("answers"));
        casePage.highlights(second).first().click();
        casePage.delete();
    }

    @Test
    void aWrongPasswordShowsAnError() {
        LoginPage login = new LoginPage(page, base()).open();
        login.signIn("student1", "not-the-password");
        page.waitForURL(url -> url.contains("error"));
        assertThat(page.locator("vaadin-login-form")).hasAttribute("error", "");
        assertThat(page.getByText("The username or password is not correct")).isVisible();
    }

    @Test
    void theLanguageSwitchShowsIndonesianLabels() {
        CasePage casePage = signInAndOpenCase("student4");
        assertThat(page.locator("#logout")).hasText("Sign out");
        casePage.switchLanguage("Bahasa Indonesia");
        assertThat(page.locator("#logout")).hasText("Keluar");
        assertThat(page.locator(".toc h2")).hasText("Daftar isi");
        casePage.switchLanguage("English");
        assertThat(page.locator("#logout")).hasText("Sign out");
    }
}
