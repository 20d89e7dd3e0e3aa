package app.kasus.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kasus.annotation.ui.HistoryPages.ActivityPage;
import app.kasus.annotation.ui.HistoryPages.DeletedCodingSection;
import app.kasus.annotation.ui.HistoryPages.PanelHistory;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student deletes a coding by mistake, finds it under "Deleted coding", restores it and the highlight is back; its
 * history in the panel says so; an instructor sees the deletion and the restore on the case's activity page. Every
 * account is the test's own.
 */
@KasusIntegrationTest
class HistoryE2E extends BrowserTest {

    private static final String ADMIN = "e2e-admin-history";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-history";

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private BrowserContext other;
    private String student;
    private String instructor;
    private ApiClient studentApi;
    private long caseId;
    private long passageId;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "E2E administrator (history)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        student = ApiFixtures.unique("e2e-hist-student");
        instructor = ApiFixtures.unique("e2e-hist-teacher");
        studentApi = fixtures.coder(student, "student");
        fixtures.coder(instructor, "instructor");
        caseId = studentApi.get("/api/cases").json().get(0).get("id").asLong();
        passageId = studentApi.get("/api/cases/" + caseId + "/passages").json().get(0).get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        if (other != null) {
            other.close();
        }
        fixtures.cleanUp();
    }

    private Page signIn(Page reader, String user) {
        BrowserSignIn.open(reader, base(), user, ApiFixtures.OWN_PASSWORD, "/");
        return reader;
    }

    private Locator passage(Page reader) {
        return reader.locator("kasus-passage[data-passage-id='" + passageId + "']");
    }

    @Test
    void aStudentRestoresDeletedCodingAndTheInstructorSeesItInTheActivity() {
        long annotation = fixtures.annotate(studentApi, caseId, passageId, 0, 6, "concession");
        signIn(page, student);
        page.navigate(base() + "/cases/" + caseId);
        page.locator("kasus-passage").first().waitFor();
        CasePage reading = new CasePage(page);
        assertThat(reading.highlights(passage(page))).hasCount(1);

        DeletedCodingSection deleted = new DeletedCodingSection(page).open();
        assertThat(deleted.empty()).isVisible();
        assertThat(deleted.entries()).hasCount(0);

        reading.highlights(passage(page)).first().click();
        PanelHistory history = new PanelHistory(page).open();
        assertThat(history.entries()).hasCount(1);
        assertThat(history.entries().first()).containsText(student);
        assertThat(history.entries().first()).containsText("created");
        reading.delete();
        assertThat(reading.highlights(passage(page))).hasCount(0);

        // The open list follows the delete; the entry names the coding and restores with the keyboard.
        assertThat(deleted.entries()).hasCount(1);
        assertThat(deleted.entries().first()).containsText("Concession");
        assertThat(deleted.empty()).isHidden();
        Accessibility.assertNoSeriousViolations(page);
        deleted.restoreFirst();
        assertThat(reading.highlights(passage(page))).hasCount(1);
        assertThat(deleted.entries()).hasCount(0);
        assertThat(deleted.empty()).isVisible();

        reading.highlights(passage(page)).first().click();
        new PanelHistory(page).open();
        assertThat(history.entries()).hasCount(3);
        assertThat(history.entries().nth(1)).containsText("deleted");
        assertThat(history.entries().nth(2)).containsText("restored");

        other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        other.setDefaultTimeout(20_000);
        Page teacher = signIn(other.newPage(), instructor);
        teacher.navigate(base() + "/cases/" + caseId);
        teacher.locator("kasus-passage").first().waitFor();
        teacher.locator("#activity-link").click();
        teacher.waitForURL(base() + "/cases/" + caseId + "/activity");
        ActivityPage activity = new ActivityPage(teacher);
        assertThat(activity.grid()).isVisible();
        assertThat(activity.cell("Annotation #" + annotation + " (Concession) · restored")).hasCount(1);
        assertThat(activity.cell("Annotation #" + annotation + " (Concession) · deleted")).hasCount(1);
        assertThat(activity.cell("Annotation #" + annotation + " (Concession) · created")).hasCount(1);
        assertThat(activity.cell(student).first()).isVisible();
        Accessibility.assertNoSeriousViolations(teacher);
    }
}
