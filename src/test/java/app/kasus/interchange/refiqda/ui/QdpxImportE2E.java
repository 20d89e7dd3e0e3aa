package app.kasus.interchange.refiqda.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.interchange.refiqda.Projects;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An instructor brings a REFI-QDA project in from the case import page: a broken file is refused with its reason,
 * the project becomes a draft case with its codes and codings, and the report says what was added and to whom
 * coding went.
 */
@KasusIntegrationTest
class QdpxImportE2E extends BrowserTest {

    private static final String ADMIN = "e2e-admin-refiqda";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-refiqda";

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private ApiFixtures fixtures;
    private final List<Long> cases = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "E2E administrator (REFI-QDA)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
    }

    @AfterEach
    void tearDown() {
        cases.forEach(id -> jdbc.update("delete from case_study where id = ?", id));
        fixtures.cleanUp();
    }

    @Test
    void anInstructorImportsAProject() {
        String instructor = ApiFixtures.unique("e2e-qda-teacher");
        String student = ApiFixtures.unique("e2e-qda-student");
        fixtures.passwordCoder(instructor, "INSTRUCTOR");
        fixtures.passwordCoder(student, "STUDENT");

        BrowserSignIn.open(page, base(), instructor, ApiFixtures.OWN_PASSWORD, "/");
        page.locator("#case-import-link").click();
        page.locator("#case-import-qdpx").click();
        QdpxImportPage importPage = new QdpxImportPage(page);
        Accessibility.assertNoSeriousViolations(page);

        importPage.upload("broken.qdpx", "not a zip at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(importPage.notification("The project cannot be imported")).containsText("not a zip archive");

        importPage.upload("hanoi.qdpx", Projects.zip(Projects.foreign(student, "Trust, or just dinner?")));
        assertThat(importPage.created()).hasText("Draft \u201cHanoi talks (imported)\u201d created with 2 passages"
                + " and 2 codings.");
        assertThat(importPage.details()).containsText("Code added: \"Themes / Trust\" as trust");
        assertThat(importPage.details()).containsText("Somebody Unknown attributed to you");
        long caseId = importPage.createdCaseId();
        cases.add(caseId);
        assertThat(jdbc.queryForObject("select count(*) from annotation a join app_user u on u.id = a.author_id"
                + " where a.case_id = ? and u.username = ?", Long.class, caseId, student)).isEqualTo(1L);
        // Half-faded colours of a notification still opening are no contrast to judge.
        assertThat(page.locator("vaadin-notification-card[opening]")).hasCount(0);
        Accessibility.assertNoSeriousViolations(page);
    }

    /** The REFI-QDA import page as a user works it. */
    private static final class QdpxImportPage {
        private final Page page;

        QdpxImportPage(Page page) {
            this.page = page;
            page.locator("#qdpx-upload").waitFor();
        }

        void upload(String fileName, byte[] content) {
            page.locator("#qdpx-upload input[type=file]").setInputFiles(
                    new FilePayload(fileName, "application/octet-stream", content));
        }

        Locator notification(String text) {
            return page.locator("vaadin-notification-card", new Page.LocatorOptions().setHasText(text));
        }

        Locator created() {
            return page.locator("#qdpx-created");
        }

        Locator details() {
            return page.locator("#qdpx-details");
        }

        long createdCaseId() {
            String href = page.locator("#qdpx-open").getAttribute("href");
            return Long.parseLong(href.substring(href.lastIndexOf('/') + 1));
        }
    }
}
