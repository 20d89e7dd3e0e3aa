package app.kasus.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scores view in a real browser: an instructor's table of coders (reached from the progress dashboard, the
 * rule switched in place) and a student's own score before and after the release, with a link from a missed gold
 * span back to its passage. Gold holds two concessions; the student found the first one a character short and
 * added a span gold does not hold: under the overlap rule F1 = 0.50, under the exact rule 0.00. Every account,
 * group, span and the release are undone afterwards.
 */
@KasusIntegrationTest
class ScoresViewE2E extends BrowserTest {

    private static final String ADMIN = "it-admin-scores-ui";
    private static final String ADMIN_PASSWORD = "it-admin-password-scores-ui";

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient instructor;
    private ApiClient student;
    private String instructorName;
    private String studentName;
    private long caseId;
    private JsonNode secondGold;
    private final Map<Long, ApiClient> created = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (scores view)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        instructorName = ApiFixtures.unique("sv-inst");
        studentName = ApiFixtures.unique("sv-stud");
        instructor = fixtures.coder(instructorName, "instructor");
        student = fixtures.coder(studentName, "student");
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("sv-group"));
        assertThat(instructor.put("/api/groups/" + group.get("id").asLong() + "/members", List.of(studentName))
                .status()).isEqualTo(200);
        caseId = student.get("/api/cases").json().get(0).get("id").asLong();
        List<JsonNode> passages = new ArrayList<>();
        for (JsonNode p : student.get("/api/cases/" + caseId + "/passages").json()) {
            String text = p.get("text").asText();
            if (text.length() > 80 && text.substring(0, 70).strip().length() == 70) {
                passages.add(p);
            }
        }
        instructor.delete(release());
        assertThat(instructor.get("/api/cases/" + caseId + "/annotations?scope=gold").json())
                .as("the case's gold coding is empty before the test").isEmpty();
        span(instructor, "?layer=gold", passages.get(0), 0, 10, "DPRK");
        secondGold = span(instructor, "?layer=gold", passages.get(1), 0, 10, "DPRK");
        span(student, "", passages.get(0), 1, 10, "DPRK");
        span(student, "", passages.get(0), 50, 60, "US");
    }

    @AfterEach
    void tearDown() {
        instructor.delete(release());
        created.forEach((id, client) -> assertThat(client.delete("/api/annotations/" + id).status()).isEqualTo(204));
        created.clear();
        fixtures.cleanUp();
    }

    private String release() {
        return "/api/cases/" + caseId + "/gold/release";
    }

    private JsonNode span(ApiClient client, String layer, JsonNode passage, int start, int end, String actor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", end);
        body.put("code", "concession");
        body.put("actor", actor);
        body.put("addressee", actor.equals("US") ? "DPRK" : "US");
        body.put("stage", 1);
        ApiClient.Response response = client.post("/api/cases/" + caseId + "/annotations" + layer, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        created.put(response.json().get("id").asLong(), client);
        return response.json();
    }

    private void signIn(String username) {
        BrowserSignIn.open(page, base(), username, ApiFixtures.OWN_PASSWORD, "/");
    }

    @Test
    void anInstructorComparesEveryCoderWithGold() {
        signIn(instructorName);
        page.navigate(base() + "/cases/" + caseId + "/progress");
        page.locator("#progress-scores").click();
        page.waitForURL(base() + "/cases/" + caseId + "/scores");
        ScoresPage scores = new ScoresPage(page);

        assertThat(scores.cell(studentName)).isVisible();
        assertThat(page.locator("#scores-summary")).hasText("Gold spans: 2. Coders compared: "
                + instructor.get("/api/cases/" + caseId + "/scores").json().get("coders").size() + ".");
        assertThat(scores.csv()).hasAttribute("href", "api/cases/" + caseId + "/scores.csv?match=overlap");
        scores.toggleDetails(studentName);
        assertThat(page.locator(".score-details a.score-missed")).hasCount(1);
        assertThat(page.locator(".score-details a.score-added")).hasCount(1);
        // Unique names hold only letters, digits and dashes, so they stand for themselves in the pattern.
        assertThat(page.locator(".score-details a.score-added")).hasAttribute("href",
                Pattern.compile("^cases/" + caseId + "\\?show=user:" + studentName + "&passage=\\d+&start=50&end=60$"));
        Accessibility.assertNoSeriousViolations(page);

        scores.chooseRule("Exact");
        page.waitForURL(base() + "/cases/" + caseId + "/scores?match=exact");
        assertThat(scores.csv()).hasAttribute("href", "api/cases/" + caseId + "/scores.csv?match=exact");
        scores.toggleDetails(studentName);
        assertThat(page.locator(".score-details a.score-missed")).hasCount(2);
        assertThat(page.locator(".score-details a.score-added")).hasCount(2);
    }

    @Test
    void aStudentSeesTheirScoreOnceReleasedAndFollowsAMissedSpanToItsPassage() {
        signIn(studentName);
        page.navigate(base() + "/cases/" + caseId + "/scores");
        ScoresPage scores = new ScoresPage(page);
        assertThat(scores.notReleased()).isVisible();
        assertThat(page.locator("#scores-grid")).hasCount(0);

        assertThat(instructor.post(release()).status()).isEqualTo(204);
        page.reload();
        assertThat(scores.own()).containsText("F1 0.50 (precision 0.50, recall 0.50)");
        assertThat(scores.missedLinks()).hasCount(1);
        assertThat(scores.addedLinks()).hasCount(1);
        Accessibility.assertNoSeriousViolations(page);

        page.navigate(base() + "/cases/" + caseId + "/scores?match=exact");
        assertThat(scores.own()).containsText("F1 0.00");
        assertThat(scores.missedLinks()).hasCount(2);

        page.navigate(base() + "/cases/" + caseId + "/scores");
        scores.missedLinks().first().click();
        page.waitForURL(Pattern.compile(".*/cases/" + caseId + "\\?show=gold&passage="
                + secondGold.get("passageId").asLong() + "&start=0&end=10$"));
        page.waitForFunction("quote => String(getSelection()) === quote", secondGold.get("quote").asText());
    }
}
