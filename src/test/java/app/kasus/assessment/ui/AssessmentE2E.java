package app.kasus.assessment.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.CasePage;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A student codes two passages and watches the assessment follow: a one-way concession is an unanswered gambit
 * that blocks stage 2, and a later concession in return makes stage 1 reciprocated. student6 codes here because
 * no other test does, so nobody else's coding can change the verdicts; everything created is deleted after.
 */
@KasusIntegrationTest
class AssessmentE2E extends BrowserTest {

    /** DPRK returns the remains of US soldiers: the gambit, early in the text. */
    private static final String GAMBIT_WORD = "jenazah";
    /** The joint military exercises the US suspended: the answer, in a later passage. */
    private static final String ANSWER_WORD = "latihan";
    private static final String USER = "student6";

    ApiClient api;
    long caseId;
    JsonNode gambitPassage;
    JsonNode answerPassage;

    @BeforeEach
    void setUp() {
        api = ApiClient.as(port, USER, "kasus-demo");
        caseId = api.get("/api/cases").json().get(0).get("id").asLong();
        deleteMyCoding();
        JsonNode passages = api.get("/api/cases/" + caseId + "/passages").json();
        for (JsonNode p : passages) {
            if (gambitPassage == null && p.get("text").asText().contains(GAMBIT_WORD)) {
                gambitPassage = p;
            } else if (gambitPassage != null && answerPassage == null && p.get("text").asText().contains(ANSWER_WORD)
                    && p.get("ordinal").asInt() > gambitPassage.get("ordinal").asInt()) {
                answerPassage = p;
            }
        }
        assertThat(gambitPassage).as("a passage with " + GAMBIT_WORD).isNotNull();
        assertThat(answerPassage).as("a later passage with " + ANSWER_WORD).isNotNull();
    }

    @AfterEach
    void tearDown() {
        deleteMyCoding();
    }

    private void deleteMyCoding() {
        ApiClient.Response mine = api.get("/api/cases/" + caseId + "/annotations");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        for (JsonNode a : mine.json()) {
            api.delete("/api/annotations/" + a.get("id").asLong());
        }
    }

    private long concession(JsonNode passage, String word, String actor, String addressee, String eventDate) {
        int start = passage.get("text").asText().indexOf(word);
        Map<String, Object> body = new HashMap<>(Map.of("passageId", passage.get("id").asLong(), "start", start,
                "end", start + word.length(), "code", "concession", "actor", actor, "addressee", addressee,
                "stage", 1));
        if (eventDate != null) {
            body.put("eventDate", eventDate);
        }
        ApiClient.Response created = api.post("/api/cases/" + caseId + "/annotations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void signIn() {
        BrowserSignIn.open(page, base(), USER, "kasus-demo", "/");
    }

    @Test
    void stageOneTurnsFromUnansweredGambitToReciprocatedWhenTheOtherSideConcedesLater() {
        signIn();
        CasePage casePage = new CasePage(page).openFromList("Hanoi");
        page.locator("#open-assessment").click();
        AssessmentPage assessment = new AssessmentPage(page, base()).shown();
        assertThat(page).hasURL(Pattern.compile("/cases/" + caseId + "/assessment$"));
        assertThat(assessment.empty()).hasText("No coding to assess yet.");

        // The gambit, set up through the API for speed: DPRK concedes to the US, dated.
        concession(gambitPassage, GAMBIT_WORD, "DPRK", "US", "2018-07-27");
        page.reload();
        assessment.shown();
        assertThat(assessment.status(1)).hasText("Gambit unanswered");
        assertThat(assessment.status(2)).hasText("Blocked");
        assertThat(assessment.status(3)).hasText("Blocked");
        assertThat(assessment.stage(1)).containsText("DPRK (North Korea) made 1 concession(s) toward US");
        assertThat(assessment.dyad()).hasText("The two sides assessed: DPRK (North Korea) and US");
        assertThat(assessment.coders()).hasText("Coders combined: " + USER);

        // The chart is drawn, and its table alternative carries the same figures.
        assessment.waitForChart("counts-chart");
        assertThat(assessment.countsTableRows()).hasCount(1);
        assertThat(assessment.countsTableRow(0)).containsExactly("1", "DPRK (North Korea)", "1", "0", "0", "0");
        assessment.waitForChart("timeline-chart");
        assertThat(assessment.timelineTable()).containsText("2018-07-27");
        assertThat(assessment.timelineTable()).containsText(GAMBIT_WORD);

        // The answer, coded by hand in a later passage: the US concedes to the DPRK.
        page.locator("#back-to-case").click();
        Locator passage = page.locator("kasus-passage[data-passage-id='" + answerPassage.get("id").asLong() + "']");
        passage.waitFor();
        casePage.selectWithMouse(passage, ANSWER_WORD);
        assertThat(casePage.panel()).isVisible();
        casePage.chooseCode("Concession");
        casePage.choose("coding-actor", "US");
        casePage.choose("coding-addressee", "DPRK");
        casePage.choose("coding-stage", "1 · Unilateral accommodation");
        casePage.save();
        assertThat(casePage.highlights(passage)).hasCount(1);

        page.locator("#open-assessment").click();
        assessment.shown();
        assertThat(assessment.status(1)).hasText("Reciprocated");
        assertThat(assessment.status(2)).hasText("Not started");
        assertThat(assessment.stage(1)).containsText("Reciprocity index: 1.00");
        assertThat(assessment.countsTableRows()).hasCount(2);

        // Evidence leads back to the passage with the span selected.
        assessment.openEvidence(1);
        assertThat(assessment.evidenceLinks(1)).hasCount(2);
        assertThat(assessment.evidenceLinks(1).first()).hasText("Concession · DPRK (North Korea) → US");
        assessment.evidenceLinks(1).first().click();
        assertThat(page).hasURL(Pattern.compile("/cases/" + caseId + "\\?passage=" + gambitPassage.get("id").asLong()
                + "&start=\\d+&end=\\d+$"));
        page.waitForFunction("word => String(getSelection()) === word", GAMBIT_WORD);
    }

    @Test
    void sourcesSwitchToTheGroupAndTheViewSpeaksIndonesian() {
        concession(gambitPassage, GAMBIT_WORD, "DPRK", "US", null);
        concession(answerPassage, ANSWER_WORD, "US", "DPRK", null);
        signIn();
        AssessmentPage assessment = new AssessmentPage(page, base()).open(caseId, null);
        assertThat(assessment.status(1)).hasText("Reciprocated");
        assertThat(page.locator("#timeline-empty")).hasText("No annotation has an event date yet.");

        page.locator("#assessment-source").click();
        List<String> labels = new ArrayList<>(assessment.sourceOptions().allTextContents());
        assertThat(labels).containsExactly("My coding", "Group: Seminar B", "Majority vote", "Majority of Seminar B");
        page.keyboard().press("Escape");

        assessment.chooseSource("Group: Seminar B");
        assertThat(page).hasURL(Pattern.compile("source=group%3ASeminar(%20|\\+)B|source=group:Seminar%20B"));
        assertThat(assessment.coders()).containsText("student4");
        assertThat(assessment.coders()).containsText("student5");
        assertThat(assessment.status(1)).hasText("Reciprocated");
        assertThat(page.locator("#assessment-source")).containsText("Group: Seminar B");

        // The printable page and the CSV follow the chosen source, signed by the browser session.
        assertThat(page.locator("#assessment-print")).hasAttribute("href",
                "api/cases/" + caseId + "/assessment.html?source=group%3ASeminar%20B");
        APIResponse csv = context.request().get(base() + "/" + page.locator("#assessment-csv").getAttribute("href"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("stage,stage_name,status").contains("1,Unilateral accommodation,reciprocated");

        // Another group's coding is refused with a message, not an error page.
        assessment.open(caseId, "group:Seminar A");
        assertThat(assessment.error()).containsText("You may not see this coding");
        assertThat(page.locator(".stage-card")).hasCount(0);

        assessment.open(caseId, "group:Seminar B");
        new CasePage(page).switchLanguage("Bahasa Indonesia");
        assertThat(page.locator("#logout")).hasText("Keluar");
        assertThat(page.locator("h1")).hasText("Penilaian");
        assertThat(assessment.status(1)).hasText("Berbalas");
        assertThat(assessment.stage(1).locator("h2")).hasText("Tahap 1: Akomodasi unilateral");
        assertThat(page.locator("#assessment-source")).containsText("Kelompok: Seminar B");
        assertThat(page.locator("#assessment-print")).hasText("Versi cetak");
        assessment.expand(page.locator("#assessment-rules"));
        assertThat(page.locator(".rules-text")).containsText("Cara penilaian dibuat");
        assertThat(page.locator(".rules-text")).containsText("gambit tak berbalas");
        new CasePage(page).switchLanguage("English");
        assertThat(page.locator("h1")).hasText("Assessment");
    }
}
