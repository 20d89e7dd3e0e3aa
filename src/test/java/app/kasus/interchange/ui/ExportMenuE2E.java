package app.kasus.interchange.ui;

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
import com.microsoft.playwright.Download;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case page's Export menu: its links follow the layer shown, and the CSV link downloads the coder's rows. */
@KasusIntegrationTest
class ExportMenuE2E extends BrowserTest {

    private static final String ADMIN = "e2e-admin-export";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-export";

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private String student;
    private ApiClient studentApi;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "E2E administrator (export)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        student = ApiFixtures.unique("e2e-export-student");
        studentApi = fixtures.coder(student, "student");
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    @Test
    void theMenuFollowsTheLayerAndDownloadsTheCsv() throws IOException {
        fixtures.annotate(studentApi);
        long caseId = studentApi.get("/api/cases").json().get(0).get("id").asLong();
        BrowserSignIn.open(page, base(), student, ApiFixtures.OWN_PASSWORD, "/cases/" + caseId + "?show=group");
        page.locator("kasus-passage").first().waitFor();

        page.locator("#export-menu summary").click();
        assertThat(page.locator("#export-csv")).isVisible();
        assertThat(page.locator("#export-csv")).hasAttribute("href",
                "api/cases/" + caseId + "/export?format=csv&scope=group");
        assertThat(page.locator("#export-jsonld")).hasAttribute("href", Pattern.compile("format=jsonld&scope=group"));
        assertThat(page.locator("#export-qdpx")).hasAttribute("href", Pattern.compile("format=qdpx"));
        assertThat(page.locator("#export-qdc")).hasAttribute("href", Pattern.compile("format=qdc"));
        Accessibility.assertNoSeriousViolations(page, "#export-menu");

        Download download = page.waitForDownload(() -> page.locator("#export-csv").click());
        assertThat(download.suggestedFilename()).isEqualTo("kasus-case-" + caseId + "-group.csv");
        List<String> lines = Files.readAllLines(download.path(), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("case,passage_id,section,language,start,end,quote,code");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains(student).contains("concession");
    }
}
