package app.kasus.cases.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.CasePage;
import app.kasus.cases.document.DocumentFixtures;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A researcher brings a Word document in: uploads it (after a scan, which is refused with its reason), checks the
 * split into sections and passages, names the case, creates it as a draft, publishes it, opens it and codes a
 * passage of it.
 */
@KasusIntegrationTest
class CaseImportE2E extends BrowserTest {

    private static final String ADMIN = "e2e-admin-docimport";
    private static final String ADMIN_PASSWORD = "e2e-admin-password-docimport";

    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private ApiFixtures fixtures;
    private final List<Long> cases = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "E2E administrator (document import)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
    }

    @AfterEach
    void tearDown() {
        // The case goes with its coding (the schema cascades), so its coder can be removed afterwards.
        cases.forEach(id -> jdbc.update("delete from case_study where id = ?", id));
        fixtures.cleanUp();
    }

    @Test
    void aResearcherImportsPublishesAndCodesAWordDocument() {
        String researcher = ApiFixtures.unique("e2e-researcher");
        fixtures.passwordCoder(researcher, "RESEARCHER");
        String title = "E2E " + ApiFixtures.unique("Kasus Word");

        BrowserSignIn.open(page, base(), researcher, ApiFixtures.OWN_PASSWORD, "/");
        CaseImportPage importPage = CaseImportPage.openFromCaseList(page);
        // A scan is refused with its reason and leaves nothing to create.
        importPage.upload("scan.pdf", "application/pdf", DocumentFixtures.pdfWithoutText());
        assertThat(importPage.notice("The PDF has no text layer")).isVisible();
        assertThat(importPage.preview()).isHidden();

        importPage.uploadDocx("artikel.docx", DocumentFixtures.docx());

        assertThat(importPage.summary()).hasText("Word document (DOCX): 3 sections, 4 passages, 1 note; body language id.");
        assertThat(importPage.preview()).containsText("Pendahuluan");
        assertThat(importPage.preview()).containsText("Latar Sejarah");
        assertThat(importPage.preview()).containsText("Tabel ini merangkum");
        assertThat(importPage.title()).hasValue(DocumentFixtures.DOCX_TITLE);
        Accessibility.assertNoSeriousViolations(page);

        importPage.title().fill(title);
        importPage.createDraft();
        assertThat(importPage.created()).containsText(title);
        assertThat(importPage.status()).containsText("draft");
        long caseId = importPage.createdCaseId();
        cases.add(caseId);
        assertThat(jdbc.queryForObject("select status from case_study where id = ?", String.class, caseId))
                .isEqualTo("DRAFT");

        importPage.publish();
        assertThat(importPage.status()).containsText("published");
        assertThat(jdbc.queryForObject("select status from case_study where id = ?", String.class, caseId))
                .isEqualTo("PUBLISHED");

        importPage.openCase();
        CasePage casePage = new CasePage(page);
        var passage = casePage.passageContaining("sanksi ekonomi");
        casePage.selectWithMouse(passage, "sanksi");
        assertThat(casePage.quoteInPanel()).hasText("sanksi");
        casePage.chooseCode("Concession");
        casePage.choose("coding-actor", "DPRK");
        casePage.choose("coding-addressee", "US");
        casePage.choose("coding-stage", "1 · Unilateral accommodation");
        casePage.save();
        assertThat(casePage.highlights(passage).first()).hasText("sanksi");
        assertThat(jdbc.queryForObject("select count(*) from annotation where case_id = ?", Long.class, caseId))
                .isEqualTo(1L);
    }
}
