package app.kasus.review.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.CasePage;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The instructor adjudicates two students' coding of a passage into gold in a real browser: accepts one span, edits
 * another in gold, adds a third by selecting text and accepts what both agree on; then gives feedback in place and
 * releases gold, and a student sees the feedback, the gold coding and their score. The accounts, group, coding and
 * every gold span are made for the test and removed afterwards.
 */
@KasusIntegrationTest
class AdjudicationE2E extends BrowserTest {

    private static final String ADMIN = "it-admin-adjudicate";
    private static final String ADMIN_PASSWORD = "it-admin-password-adjudicate";
    private static final Pattern WORD = Pattern.compile("\\p{L}{7,}");

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient instructor;
    private ApiClient first;
    private ApiClient second;
    private String instructorName;
    private String firstName;
    private String secondName;
    private long caseId;
    private long passageId;
    private String text;
    /** Distinct words of the passage, each occurring once, in text order. */
    private final List<String> words = new ArrayList<>();
    private final Map<Long, ApiClient> coding = new LinkedHashMap<>();
    private final Set<Long> goldBefore = new HashSet<>();
    private final List<BrowserContext> studentContexts = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (adjudication)", Role.ADMIN);
        ApiClient admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        instructorName = ApiFixtures.unique("e2e-adj-teacher");
        firstName = ApiFixtures.unique("e2e-adj-a");
        secondName = ApiFixtures.unique("e2e-adj-b");
        instructor = fixtures.coder(instructorName, "instructor");
        first = fixtures.coder(firstName, "student");
        second = fixtures.coder(secondName, "student");
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("e2e-adj-group"));
        assertThat(admin.put("/api/groups/" + group.get("id").asLong() + "/members?version="
                + group.get("version").asLong(), List.of(firstName, secondName)).status()).isEqualTo(200);
        caseId = instructor.get("/api/cases").json().get(0).get("id").asLong();
        for (JsonNode p : instructor.get("/api/cases/" + caseId + "/passages").json()) {
            List<String> found = uniqueWords(p.get("text").asText());
            if (found.size() >= 5) {
                passageId = p.get("id").asLong();
                text = p.get("text").asText();
                words.addAll(found);
                break;
            }
        }
        assertThat(words).as("a passage with five distinct long words").hasSizeGreaterThanOrEqualTo(5);
        instructor.get(gold()).json().forEach(g -> goldBefore.add(g.get("id").asLong()));
    }

    @AfterEach
    void tearDown() {
        for (BrowserContext other : studentContexts) {
            other.pages().forEach(p -> p.navigate("about:blank"));
            other.close();
        }
        studentContexts.clear();
        for (JsonNode g : instructor.get(gold()).json()) {
            if (!goldBefore.contains(g.get("id").asLong())) {
                assertThat(instructor.delete("/api/annotations/" + g.get("id").asLong()).status()).isEqualTo(204);
            }
        }
        coding.forEach((id, coder) -> assertThat(coder.delete("/api/annotations/" + id).status()).isIn(204, 404));
        coding.clear();
        fixtures.cleanUp();
    }

    private static List<String> uniqueWords(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group();
            if (text.indexOf(w) == text.lastIndexOf(w) && found.stream().noneMatch(f -> f.contains(w) || w.contains(f))) {
                found.add(w);
            }
        }
        return found;
    }

    private String gold() {
        return "/api/cases/" + caseId + "/annotations?scope=gold";
    }

    private long code(ApiClient coder, String word, String code, String actor) {
        int start = text.indexOf(word);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passageId);
        body.put("start", start);
        body.put("end", start + word.length());
        body.put("code", code);
        body.put("actor", actor);
        body.put("addressee", "US".equals(actor) ? "DPRK" : "US");
        body.put("stage", 1);
        if ("signal".equals(code)) {
            body.put("valence", "positive");
        }
        ApiClient.Response created = coder.post("/api/cases/" + caseId + "/annotations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        coding.put(id, coder);
        return id;
    }

    /** Another instructor's change to the gold span accepted from that coder annotation, through the API. */
    private void changeNoteOfGoldFrom(long coderAnnotation) {
        JsonNode g = null;
        for (JsonNode candidate : instructor.get(gold()).json()) {
            if (candidate.get("acceptedFrom").asLong() == coderAnnotation) {
                g = candidate;
            }
        }
        assertThat(g).isNotNull();
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("passageId", "start", "end", "code", "actor", "addressee", "stage", "valence")) {
            body.put(field, g.get(field).isNumber() ? g.get(field).asLong() : g.get(field).asText());
        }
        body.put("note", "changed meanwhile");
        body.put("version", g.get("version").asLong());
        ApiClient.Response changed = instructor.put("/api/annotations/" + g.get("id").asLong(), body);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
    }

    private void signInAsInstructor() {
        BrowserSignIn.open(page, base(), instructorName, ApiFixtures.OWN_PASSWORD, "/");
    }

    @Test
    void anInstructorAdjudicatesTwoStudentsCodingIntoGold() {
        String agreed = words.get(0);
        String disputed = words.get(1);
        String onlySecond = words.get(2);
        String added = words.get(4);
        code(first, agreed, "concession", "DPRK");
        code(second, agreed, "concession", "DPRK");
        long firstDemand = code(first, disputed, "demand", "DPRK");
        long secondConcession = code(second, disputed, "concession", "DPRK");
        long secondSignal = code(second, onlySecond, "signal", "US");

        signInAsInstructor();
        ReviewPage review = new ReviewPage(page).open(base(), caseId, "?coders=" + firstName + "," + secondName);
        assertThat(review.passages()).hasCount(1);
        assertThat(review.status()).containsText("differ in 1 passages");
        assertThat(review.coderRow(passageId, firstName).locator(".review-span")).hasCount(2);
        assertThat(review.coderRow(passageId, secondName).locator(".review-span")).hasCount(3);
        assertThat(review.coderRow(passageId, firstName).locator(".review-agreed")).hasCount(1);
        assertThat(review.coderRow(passageId, secondName).locator(".review-agreed")).hasCount(1);
        assertThat(review.span(secondConcession)).containsText("Concession");
        assertThat(review.span(firstDemand)).containsText("Demand");
        assertThat(review.goldRow(passageId)).containsText("No gold span yet");
        assertThat(review.passage(passageId).locator("a.review-open")).hasAttribute("href",
                Pattern.compile("^cases/" + caseId + "\\?show=all&passage=" + passageId + "&start=\\d+&end=\\d+$"));
        Accessibility.assertNoSeriousViolations(page);

        // Accept the first student's demand.
        review.acceptButton(firstName, disputed).click();
        assertThat(review.goldSpans(passageId)).hasCount(1);
        assertThat(review.span(firstDemand).locator(".review-in-gold")).isVisible();
        assertThat(review.span(secondConcession).locator(".review-in-gold")).hasCount(0);

        // Accept the second student's signal and correct its code in gold.
        review.acceptButton(secondName, onlySecond).click();
        assertThat(review.goldSpans(passageId)).hasCount(2);
        // Changed elsewhere while the dialog is open: saving says so and reloads; the second try goes through.
        review.editGold(onlySecond);
        changeNoteOfGoldFrom(secondSignal);
        review.choose("gold-code", "Concession");
        review.saveGold();
        assertThat(review.notification("changed elsewhere")).isVisible();
        review.editGold(onlySecond);
        assertThat(review.field("gold-start")).hasValue(Integer.toString(text.indexOf(onlySecond)));
        review.choose("gold-code", "Concession");
        review.choose("gold-actor", "DPRK");
        review.choose("gold-addressee", "US");
        review.saveGold();
        assertThat(review.notification("Gold span updated")).isVisible();
        assertThat(review.goldRow(passageId).locator(".review-span", new com.microsoft.playwright.Locator.LocatorOptions()
                .setHasText(onlySecond))).containsText("Concession");

        // Add a third gold span by selecting a word in the passage.
        review.selectInPassage(passageId, added);
        assertThat(review.field("gold-start")).hasValue(Integer.toString(text.indexOf(added)));
        assertThat(review.field("gold-end")).hasValue(Integer.toString(text.indexOf(added) + added.length()));
        review.choose("gold-code", "Demand");
        review.choose("gold-actor", "US");
        review.choose("gold-addressee", "DPRK");
        review.choose("gold-stage", "1 ·");
        review.saveGold();
        assertThat(review.notification("Gold span added")).isVisible();
        assertThat(review.goldSpans(passageId)).hasCount(3);

        // Accept what both agree on, after the confirmation names how many.
        assertThat(review.acceptAgreed()).hasText("Accept all agreed (1)");
        review.acceptAllAgreed(1);
        assertThat(review.notification("1 agreed spans were accepted")).isVisible();
        assertThat(review.goldSpans(passageId)).hasCount(4);
        assertThat(review.acceptAgreed()).isHidden();
        // The view itself: the notification stack it leaves behind is Vaadin's own.
        Accessibility.assertNoSeriousViolations(page, ".review-view");

        Set<String> goldNow = new HashSet<>();
        for (JsonNode g : instructor.get(gold()).json()) {
            if (!goldBefore.contains(g.get("id").asLong())) {
                goldNow.add(g.get("passageId").asLong() + ":" + g.get("quote").asText() + ":" + g.get("code").asText()
                        + ":" + g.get("actor").asText() + ">" + g.get("addressee").asText());
            }
        }
        long p = passageId;
        assertThat(goldNow).containsExactlyInAnyOrder(
                p + ":" + agreed + ":concession:DPRK>US",
                p + ":" + disputed + ":demand:DPRK>US",
                p + ":" + onlySecond + ":concession:DPRK>US",
                p + ":" + added + ":demand:US>DPRK");
        assertThat(secondSignal).isPositive();

        // Feedback in place on the first student's demand, written in the reading view's panel.
        page.navigate(base() + "/cases/" + caseId + "?show=user:" + firstName);
        CasePage teacherCase = new CasePage(page);
        Locator teachersPassage = page.locator("kasus-passage[data-passage-id='" + passageId + "']");
        teacherCase.highlights(teachersPassage).filter(new Locator.FilterOptions().setHasText(disputed)).first().click();
        teacherCase.giveFeedback("A demand, yes: the gold coding agrees.");
        assertThat(teacherCase.feedbackSection().locator(".feedback-text")).hasText("A demand, yes: the gold coding agrees.");

        // The instructor releases gold on the progress dashboard; the first student then sees it and their score.
        page.navigate(base() + "/cases/" + caseId + "/progress");
        page.locator("#gold-release").click();
        assertThat(page.locator("#gold-release-state")).containsText("released to students (since");
        try {
            Page student = studentPage(firstName);
            // Their own layer carries the feedback on the demand; opening it shows the text, marked new.
            student.navigate(base() + "/cases/" + caseId + "?show=mine");
            CasePage studentCase = new CasePage(student);
            Locator studentsPassage = student.locator("kasus-passage[data-passage-id='" + passageId + "']");
            Locator mark = studentCase.feedbackMarks(studentsPassage);
            assertThat(mark).hasAttribute("aria-label", "Feedback: 1, 1 new");
            mark.click();
            assertThat(studentCase.feedbackSection().locator(".feedback-text")).hasText("A demand, yes: the gold coding agrees.");
            assertThat(studentCase.feedbackSection().locator(".feedback-unread")).hasText("New");

            student.navigate(base() + "/cases/" + caseId + "?show=gold");
            // The span only the instructor added is there, drawn as gold.
            assertThat(student.locator("kasus-passage .hl.gold",
                    new Page.LocatorOptions().setHasText(added)).first()).isVisible();

            // Two of the four gold spans are theirs (overlap rule): precision 1, recall 0.5.
            student.navigate(base() + "/cases/" + caseId + "/scores");
            ScoresPage scores = new ScoresPage(student);
            assertThat(scores.own()).containsText("F1 0.67 (precision 1.00, recall 0.50)");
            assertThat(scores.missedLinks()).hasCount(2);
            assertThat(scores.addedLinks()).hasCount(0);
        } finally {
            instructor.delete("/api/cases/" + caseId + "/gold/release");
        }
    }

    /** A second browser, signed in as the student, beside the instructor's. */
    private Page studentPage(String username) {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        other.setDefaultTimeout(20_000);
        studentContexts.add(other);
        Page student = other.newPage();
        BrowserSignIn.open(student, base(), username, ApiFixtures.OWN_PASSWORD, "/");
        return student;
    }

    @Test
    void theReviewExplainsWhatIsMissingAndFollowsNewCoding() {
        String word = words.get(0);
        code(first, word, "concession", "DPRK");

        signInAsInstructor();
        ReviewPage review = new ReviewPage(page).open(base(), caseId, "");
        assertThat(review.status()).containsText("Choose at least two coders");
        review.open(base(), caseId, "?coders=" + firstName);
        assertThat(review.status()).containsText("nothing to compare");
        assertThat(review.passages()).hasCount(1);

        // A chosen coder who has not coded the case is named.
        review.open(base(), caseId, "?coders=" + firstName + "," + secondName);
        assertThat(review.status()).containsText("Cannot show this review");
        // Once they coded the same span, choosing them too shows that nothing differs, and the address keeps the choice.
        code(second, word, "concession", "DPRK");
        review.open(base(), caseId, "?coders=" + firstName);
        review.addCoder(secondName);
        assertThat(page).hasURL(Pattern.compile("/cases/" + caseId + "/review\\?coders=" + firstName + "," + secondName + "$"));
        assertThat(review.status()).containsText("agree on every passage");
        assertThat(review.passages()).hasCount(0);
        assertThat(review.acceptAgreed()).hasText("Accept all agreed (1)");
        // A differing span coded while the page is open appears without a reload.
        code(second, words.get(1), "demand", "US");
        assertThat(review.passages()).hasCount(1);
        assertThat(review.status()).containsText("differ in 1 passages");
    }

    @Test
    void aResearcherReadsTheReviewButCannotChangeGold() {
        String researcherName = ApiFixtures.unique("e2e-adj-researcher");
        fixtures.coder(researcherName, "researcher");
        code(first, words.get(0), "concession", "DPRK");
        long demand = code(second, words.get(0), "demand", "DPRK");

        BrowserSignIn.open(page, base(), researcherName, ApiFixtures.OWN_PASSWORD, "/");
        ReviewPage review = new ReviewPage(page).open(base(), caseId, "?coders=" + firstName + "," + secondName);
        assertThat(review.span(demand)).containsText("Demand");
        assertThat(review.passage(passageId).locator("vaadin-button")).hasCount(0);
        assertThat(review.acceptAgreed()).isHidden();
        assertThat(review.goldRow(passageId)).containsText("No gold span yet");
    }
}
