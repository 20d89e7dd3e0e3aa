package app.kasus.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.CasePage;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The instructor's progress dashboard and the student's submission on the case page, in a real browser. Uses the
 * demo students student5 and student6 (Seminar B); every lock is lifted, every submission withdrawn and every
 * annotation deleted afterwards.
 */
@KasusIntegrationTest
class ProgressE2E extends BrowserTest {

    private static final String WORD = "Yongbyon";

    private ApiClient instructor;
    private long caseId;
    private final List<Long> annotations = new ArrayList<>();
    private final List<Long> gold = new ArrayList<>();

    @BeforeEach
    void setUp() {
        instructor = api("instructor");
        caseId = instructor.get("/api/cases").json().get(0).get("id").asLong();
    }

    @AfterEach
    void cleanUp() {
        for (String student : List.of("student5", "student6")) {
            instructor.post("/api/cases/" + caseId + "/submissions/" + student + "/unlock");
            api(student).delete("/api/cases/" + caseId + "/submission");
        }
        annotations.forEach(id -> api("student5").delete("/api/annotations/" + id));
        annotations.clear();
        gold.forEach(id -> instructor.delete("/api/annotations/" + id));
        gold.clear();
        instructor.delete("/api/cases/" + caseId + "/gold/release");
    }

    private ApiClient api(String username) {
        return ApiClient.as(port, username, "kasus-demo");
    }

    private void signIn(String username) {
        BrowserSignIn.open(page, base(), username, "kasus-demo", "/");
    }

    private Locator cell(String text) {
        return page.locator("#progress-grid vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(text)).first();
    }

    @Test
    void anInstructorSeesAStudentsProgressAndLocksTheirCoding() {
        JsonNode passage = api("student5").get("/api/cases/" + caseId + "/passages").json().get(0);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", 0);
        body.put("end", 4);
        body.put("code", "concession");
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        ApiClient.Response created = api("student5").post("/api/cases/" + caseId + "/annotations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        annotations.add(created.json().get("id").asLong());

        signIn("instructor");
        new CasePage(page).openFromList("Hanoi");
        page.locator("#progress-link").click();
        page.waitForURL(base() + "/cases/" + caseId + "/progress");
        assertThat(cell("student5")).isVisible();
        assertThat(cell("Seminar B")).isVisible();
        assertThat(page.locator("#open-student5")).hasAttribute("href", "cases/" + caseId + "?show=user:student5");
        assertThat(page.locator("#progress-agreement")).hasAttribute("href", "cases/" + caseId + "/agreement");
        Accessibility.assertNoSeriousViolations(page);

        // The dashboard follows submissions as they happen.
        api("student5").post("/api/cases/" + caseId + "/submission");
        assertThat(page.locator("#progress-grid vaadin-grid-cell-content",
                new Page.LocatorOptions().setHasText(Pattern.compile("^Submitted "))).first()).isVisible();

        page.locator("#lock-student5").click();
        assertThat(page.locator("#unlock-student5")).isVisible();
        assertThat(cell("Locked (submitted")).isVisible();
        assertThat(api("student5").get("/api/cases/" + caseId + "/submission").json().get("state").asText())
                .isEqualTo("LOCKED");

        page.locator("#unlock-student5").click();
        assertThat(page.locator("#lock-student5")).isVisible();
        assertThat(api("student5").get("/api/cases/" + caseId + "/submission").json().get("state").asText())
                .isEqualTo("SUBMITTED");
    }

    /** A gold span over {@link #WORD}, written by the instructor through the API (deleted afterwards). */
    private void goldOnWord() {
        JsonNode passage = null;
        for (JsonNode p : instructor.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().contains(WORD)) {
                passage = p;
                break;
            }
        }
        assertThat(passage).as("a passage about " + WORD).isNotNull();
        int start = passage.get("text").asText().indexOf(WORD);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", start + WORD.length());
        body.put("code", "concession");
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        ApiClient.Response created = instructor.post("/api/cases/" + caseId + "/annotations?layer=gold", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        gold.add(created.json().get("id").asLong());
    }

    @Test
    void anInstructorReleasesTheGoldCodingAndReadsItInTheReadingView() {
        goldOnWord();
        signIn("instructor");
        page.navigate(base() + "/cases/" + caseId + "/progress");
        assertThat(page.locator("#gold-release-state")).containsText("not released");
        page.locator("#gold-release").click();
        assertThat(page.locator("#gold-release-state")).containsText("is released to students");
        assertThat(page.locator("#gold-release")).hasText("Withdraw release");
        assertThat(instructor.get("/api/cases/" + caseId + "/gold/release").json().get("released").asBoolean()).isTrue();

        page.navigate(base() + "/cases/" + caseId + "?show=gold");
        CasePage casePage = new CasePage(page);
        Locator coded = casePage.passageContaining(WORD);
        assertThat(coded.locator(".hl.gold")).hasCount(1);
        assertThat(coded.locator(".hl.gold")).hasText(WORD);
        assertThat(coded.locator(".hl.gold")).hasAttribute("title", Pattern.compile("^Gold \\(instructor\\): "));
        assertThat(page.locator("#show-layer")).containsText("Gold coding");
    }

    @Test
    void aStudentsOpenPageOffersTheGoldCodingWhileItIsReleased() {
        goldOnWord();
        signIn("student5");
        CasePage casePage = new CasePage(page).openFromList("Hanoi");
        Locator goldChoice = page.locator("vaadin-select-overlay[opened] vaadin-select-item",
                new Page.LocatorOptions().setHasText("Gold coding"));
        page.locator("#show-layer").click();
        assertThat(page.locator("vaadin-select-overlay[opened] vaadin-select-item").first()).isVisible();
        assertThat(goldChoice).hasCount(0);
        page.keyboard().press("Escape");

        assertThat(instructor.post("/api/cases/" + caseId + "/gold/release").status()).isEqualTo(204);
        page.locator("#show-layer").click();
        goldChoice.click();
        assertThat(page).hasURL(Pattern.compile("/cases/" + caseId + "\\?show=gold$"));
        Locator coded = casePage.passageContaining(WORD);
        assertThat(coded.locator(".hl.gold")).hasCount(1);

        // Withdrawn while the student reads it: the page leaves the gold layer and says why.
        assertThat(instructor.delete("/api/cases/" + caseId + "/gold/release").status()).isEqualTo(204);
        assertThat(page.locator("vaadin-notification-card",
                new Page.LocatorOptions().setHasText("no longer released")).first()).isVisible();
        assertThat(coded.locator(".hl.gold")).hasCount(0);
        assertThat(page).hasURL(Pattern.compile("/cases/" + caseId + "\\?show=mine$"));
    }

    @Test
    void submissionLocksEditingInTheUi() {
        signIn("student6");
        CasePage casePage = new CasePage(page).openFromList("Hanoi");
        assertThat(page.locator("#submission-status")).containsText("not submitted");
        page.locator("#submission-submit").click();
        assertThat(page.locator("#submission-status")).containsText("was submitted");
        assertThat(page.locator("#submission-withdraw")).isVisible();
        assertThat(page.locator("#submission-submit")).isHidden();
        assertThat(page.locator("#progress-link")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page, "#submission-bar");

        // The panel is open when the instructor locks the coding: saving is refused and says why.
        int before = api("student6").get("/api/cases/" + caseId + "/annotations").json().size();
        Locator passage = casePage.passageContaining(WORD);
        casePage.selectWithMouse(passage, WORD);
        assertThat(casePage.panel()).isVisible();
        casePage.chooseCode("Concession");
        casePage.choose("coding-actor", "DPRK");
        casePage.choose("coding-addressee", "US");
        casePage.choose("coding-stage", "1 · Unilateral accommodation");
        assertThat(instructor.post("/api/cases/" + caseId + "/submissions/student6/lock").status()).isEqualTo(200);
        // The lock shows at once.
        assertThat(page.locator("#submission-status")).containsText("locked");
        assertThat(page.locator("#submission-withdraw")).isHidden();
        casePage.save();
        assertThat(page.locator("vaadin-notification-card",
                new Page.LocatorOptions().setHasText("Not saved: your coding of this case is locked")).first()).isVisible();
        assertThat(casePage.highlights(passage)).hasCount(0);
        assertThat(api("student6").get("/api/cases/" + caseId + "/annotations").json().size()).isEqualTo(before);

        // Once locked, the coding is read-only: selecting opens no panel.
        page.reload();
        assertThat(page.locator("#submission-status")).containsText("locked");
        assertThat(page.locator("#submission-withdraw")).isHidden();
        assertThat(page.locator("#submission-submit")).isHidden();
        passage = casePage.passageContaining(WORD);
        casePage.selectWithMouse(passage, WORD);
        assertThat(page.locator("vaadin-notification-card",
                new Page.LocatorOptions().setHasText("cannot be changed until it is unlocked")).first()).isVisible();
        assertThat(casePage.panel()).isHidden();

        // Unlocked, the coder may withdraw again.
        assertThat(instructor.post("/api/cases/" + caseId + "/submissions/student6/unlock").status()).isEqualTo(200);
        assertThat(page.locator("#submission-withdraw")).isVisible();
    }
}
