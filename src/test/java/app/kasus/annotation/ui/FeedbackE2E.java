package app.kasus.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kasus.annotation.ui.KasusPages.CasePage;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Feedback in place: an instructor writes it in the panel of a student's highlight, the student's open page marks
 * the highlight live as having unread feedback, and opening it shows the text as new and marks it read. A groupmate
 * who sees the same highlight sees no feedback at all. Every account and group is the test's own.
 */
@KasusIntegrationTest
class FeedbackE2E extends BrowserTest {

    private static final String ADMIN = "e2e-admin-feedback";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-feedback";
    private static final LocatorAssertions.HasAttributeOptions SOON =
            new LocatorAssertions.HasAttributeOptions().setTimeout(8_000);

    @Autowired
    AccountService accounts;

    private final List<BrowserContext> others = new ArrayList<>();
    private ApiFixtures fixtures;
    private String student;
    private String mate;
    private String instructor;
    private ApiClient studentApi;
    private long caseId;
    private long passageId;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "E2E administrator (feedback)", Role.ADMIN);
        ApiClient admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        student = ApiFixtures.unique("e2e-fb-student");
        mate = ApiFixtures.unique("e2e-fb-mate");
        instructor = ApiFixtures.unique("e2e-fb-teacher");
        studentApi = fixtures.coder(student, "student");
        fixtures.coder(mate, "student");
        fixtures.coder(instructor, "instructor");
        long group = fixtures.createGroup(ApiFixtures.unique("e2e-fb-seminar")).get("id").asLong();
        ApiClient.Response members = admin.put("/api/groups/" + group + "/members", List.of(student, mate));
        org.assertj.core.api.Assertions.assertThat(members.status()).as(members.body()).isEqualTo(200);
        caseId = studentApi.get("/api/cases").json().get(0).get("id").asLong();
        passageId = studentApi.get("/api/cases/" + caseId + "/passages").json().get(0).get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        others.forEach(BrowserContext::close);
        fixtures.cleanUp();
    }

    private Page anotherReader() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        other.setDefaultTimeout(20_000);
        others.add(other);
        return other.newPage();
    }

    private Page openCase(Page reader, String user, String show) {
        BrowserSignIn.open(reader, base(), user, ApiFixtures.OWN_PASSWORD, "/cases/" + caseId + "?show=" + show);
        reader.locator("kasus-passage").first().waitFor();
        return reader;
    }

    private Locator passage(Page reader) {
        return reader.locator("kasus-passage[data-passage-id='" + passageId + "']");
    }

    @Test
    void theInstructorsFeedbackReachesTheStudentLiveAndOpeningItMarksItRead() {
        long annotation = fixtures.annotate(studentApi);
        Page studentPage = openCase(page, student, "mine");
        CasePage studentCase = new CasePage(studentPage);
        Locator studentsMark = studentCase.feedbackMarks(passage(studentPage));
        assertThat(studentCase.highlights(passage(studentPage))).hasCount(1);
        assertThat(studentsMark).hasCount(0);

        Page teacherPage = openCase(anotherReader(), instructor, "user:" + student);
        CasePage teacherCase = new CasePage(teacherPage);
        teacherCase.highlights(passage(teacherPage)).first().click();
        Locator teachersSection = teacherCase.feedbackSection();
        assertThat(teachersSection.locator(".feedback-empty")).isVisible();
        teacherCase.giveFeedback("Is the <b>DPRK</b> really the actor here?");
        assertThat(teachersSection.locator(".feedback-text")).hasText("Is the <b>DPRK</b> really the actor here?");
        assertThat(teachersSection.locator(".feedback-author")).hasText("Test " + instructor);
        // To the instructor, unread is what the student has not read yet.
        assertThat(teachersSection.locator(".feedback-unread")).hasText("Not read yet");
        Locator teachersMark = teacherCase.feedbackMarks(passage(teacherPage));
        assertThat(teachersMark).hasAttribute("aria-label", "Feedback: 1, 1 not read yet");
        Accessibility.assertNoSeriousViolations(teacherPage);

        // The student's page, open all along, marks the highlight without a reload: one piece, unread.
        assertThat(studentsMark).hasAttribute("aria-label", "Feedback: 1, 1 new", SOON);
        assertThat(studentsMark).hasAttribute("data-count", "1");
        assertThat(studentsMark).hasClass(Pattern.compile("\\bunread\\b"));
        assertThat(studentPage).hasURL(Pattern.compile("show=mine"));

        // A click on the mark opens the annotation, the feedback above its comments, marked new.
        studentsMark.click();
        Locator studentsSection = studentCase.feedbackSection();
        assertThat(studentsSection.locator(".feedback-text")).hasText("Is the <b>DPRK</b> really the actor here?");
        assertThat(studentsSection.locator(".feedback-unread")).hasText("New");
        assertThat(studentsSection.locator("#feedback-draft")).hasCount(0);
        assertThat(studentCase.commentSection()).isVisible();
        org.assertj.core.api.Assertions.assertThat(studentPage.evaluate("""
                () => { const panel = document.querySelector('#coding-panel');
                  return !!(panel.querySelector('.feedback-thread').compareDocumentPosition(
                      panel.querySelector('.comment-thread')) & Node.DOCUMENT_POSITION_FOLLOWING); }"""))
                .isEqualTo(true);
        Accessibility.assertNoSeriousViolations(studentPage);
        // Opening it was reading it: the mark is no longer unread, here and in the instructor's open page.
        assertThat(studentsMark).hasAttribute("aria-label", "Feedback: 1", SOON);
        assertThat(studentsMark).not().hasClass(Pattern.compile("\\bunread\\b"));
        assertThat(teachersMark).hasAttribute("aria-label", "Feedback: 1", SOON);
        // Still marked new for this viewing of it.
        assertThat(studentsSection.locator(".feedback-unread")).hasText("New");
        org.assertj.core.api.Assertions.assertThat(studentApi.get("/api/annotations/" + annotation + "/feedback").json()
                .get(0).get("read").asBoolean()).isTrue();

        // The groupmate sees the highlight and its comments, but no feedback: no mark, no section.
        Page matePage = openCase(anotherReader(), mate, "group");
        CasePage mateCase = new CasePage(matePage);
        assertThat(mateCase.highlights(passage(matePage))).hasCount(1);
        assertThat(mateCase.feedbackMarks(passage(matePage))).hasCount(0);
        mateCase.highlights(passage(matePage)).first().click();
        assertThat(mateCase.commentSection()).isVisible();
        assertThat(mateCase.feedbackSection()).hasCount(0);
    }
}
