package app.kasus.codebook.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodebookService;
import app.kasus.codebook.ui.CodebookPages.CasePage;
import app.kasus.codebook.ui.CodebookPages.CodebookPage;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An instructor edits the demo case's codebook in a real browser and coders see the change; a student cannot
 * open the editor. The rest of the suite expects the default codebook, so each test puts back what it changes
 * and a safety net restores it through the service even when a step fails.
 */
@KasusIntegrationTest
class CodebookEditorE2E extends BrowserTest {

    private static final String PASSAGE = "Yongbyon";
    private static final String TEMP_CODE = "e2e-temp";

    @Autowired
    CodebookService codebooks;

    @Autowired
    UserDetailsService users;

    long caseId;
    CodeDef originalDemand;

    @BeforeEach
    void rememberDemand() {
        caseId = ApiClient.as(port, "student1", "kasus-demo").get("/api/cases").json().get(0).get("id").asLong();
        originalDemand = codebooks.forCase(caseId).code("demand").orElseThrow();
    }

    @AfterEach
    void restoreCodebook() {
        asInstructor(() -> {
            CodeDef current = codebooks.forCase(caseId).code("demand").orElseThrow();
            if (!current.equals(originalDemand)) {
                codebooks.updateCode(caseId, current, originalDemand);
            }
            if (codebooks.forCase(caseId).code(TEMP_CODE).isPresent()) {
                codebooks.deleteCode(caseId, TEMP_CODE, null);
            }
        });
    }

    private void asInstructor(Runnable action) {
        UserDetails instructor = users.loadUserByUsername("instructor");
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(instructor, null,
                instructor.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            action.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private CasePage signInAndOpenCase(String user) {
        CodebookPages.signIn(page, base(), user);
        return new CasePage(page).openFromList("Hanoi");
    }

    @Test
    void instructorRenamesACodeAndCodersSeeTheNewNameAndDefinition() {
        CodebookPage codebook = signInAndOpenCase("instructor").followCodebookLink();
        assertThat(codebook.cell("codes-grid", "concession")).isVisible();
        codebook.selectCode("demand");
        assertThat(codebook.field("code-key").locator("input")).hasValue("demand");
        codebook.fill("code-name-en", "Requirement");
        codebook.fill("code-name-id", "Permintaan");
        codebook.fill("code-definition-en", "An actor asks the other side to take a step first.");
        codebook.saveCode();
        assertThat(codebook.notification("Saved")).isVisible();
        assertThat(codebook.cell("codes-grid", "Requirement")).isVisible();
        assertThat(codebook.cell("codes-grid", "Permintaan")).isVisible();

        // Opening the case again: the coding panel offers the new name and shows the new definition as help.
        CasePage casePage = codebook.backToCase();
        casePage.codeStartOfPassage(PASSAGE, 2);
        assertThat(casePage.chosenCode()).hasText("2 \u00b7 Requirement");
        assertThat(casePage.codeHelp()).hasText("An actor asks the other side to take a step first.");
        casePage.chooseCode("Concession");
        assertThat(casePage.codeHelp()).hasText(
                "An actor gives up something of value or takes a costly step toward the other.");
        casePage.cancelCoding();

        casePage.switchLanguage("Bahasa Indonesia");
        casePage.waitForText();
        casePage.codeStartOfPassage(PASSAGE, 2);
        assertThat(casePage.chosenCode()).hasText("2 \u00b7 Permintaan");
        assertThat(casePage.codeHelp()).hasText(originalDemand.definition().id());
        casePage.cancelCoding();
        casePage.switchLanguage("English");
        casePage.waitForText();

        // And back, through the editor as well.
        codebook = casePage.followCodebookLink();
        codebook.selectCode("demand");
        codebook.fill("code-name-en", originalDemand.name().en());
        codebook.fill("code-name-id", originalDemand.name().id());
        codebook.fill("code-definition-en", originalDemand.definition().en());
        codebook.saveCode();
        assertThat(codebook.notification("Saved")).isVisible();
        assertThat(codebook.cell("codes-grid", "Requirement")).hasCount(0);
        assertThat(codebooks.forCase(caseId).code("demand")).contains(originalDemand);
    }

    @Test
    void theEditorRefusesAnEmptyNameAtTheField() {
        CodebookPage codebook = signInAndOpenCase("instructor").followCodebookLink();
        codebook.selectCode("signal");
        codebook.fill("code-name-en", "");
        codebook.fill("code-color", "#12");
        codebook.saveCode();
        assertThat(codebook.field("code-name-en")).hasAttribute("invalid", "");
        assertThat(codebook.field("code-color")).hasAttribute("invalid", "");
        assertThat(codebook.field("code-color")).containsText("A colour like #1b9e77");
        assertThat(codebook.notification("Saved")).hasCount(0);
        assertThat(codebooks.forCase(caseId).code("signal").orElseThrow().name().en()).isEqualTo("Signal");
    }

    @Test
    void deletingACodeInUseAsksWhatBecomesOfItsAnnotations() {
        CodebookPage codebook = signInAndOpenCase("instructor").followCodebookLink();
        codebook.addCode(TEMP_CODE, "Temporary", "Sementara");
        assertThat(codebook.notification("Saved")).isVisible();
        assertThat(codebook.cell("codes-grid", TEMP_CODE)).isVisible();

        ApiClient student5 = ApiClient.as(port, "student5", "kasus-demo");
        JsonNode passage = null;
        for (JsonNode p : student5.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().contains(PASSAGE)) {
                passage = p;
                break;
            }
        }
        ApiClient.Response created = student5.post("/api/cases/" + caseId + "/annotations", Map.of(
                "passageId", passage.get("id").asLong(), "start", 0, "end", 5, "code", TEMP_CODE,
                "actor", "US", "addressee", "DPRK", "stage", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long annotation = created.json().get("id").asLong();
        try {
            page.reload();
            codebook.waitForGrid();
            codebook.selectCode(TEMP_CODE);
            codebook.openDelete();
            assertThat(codebook.usageInDialog()).hasText("One annotation uses this code.");
            assertThat(codebook.deleteDialog()).isDisabled();
            codebook.chooseInDialog("Move them to another code");
            assertThat(codebook.deleteDialog()).isDisabled();
            codebook.chooseTarget("Concession (concession)");
            assertThat(codebook.deleteDialog()).isEnabled();
            codebook.confirmDelete();

            assertThat(codebook.notification("Code " + TEMP_CODE + " deleted")).isVisible();
            // The grid keeps the removed row's element for reuse, hidden.
            assertThat(codebook.cell("codes-grid", TEMP_CODE)).isHidden();
            assertThat(codebooks.forCase(caseId).code(TEMP_CODE)).isEmpty();
            assertThat(student5.get("/api/annotations/" + annotation).json().get("code").asText())
                    .isEqualTo("concession");
        } finally {
            student5.delete("/api/annotations/" + annotation);
        }
    }

    @Test
    void aCodeUsedByLockedCodingCannotBeDeletedAndTheDialogSaysWhoseCodingToUnlock() {
        CodebookPage codebook = signInAndOpenCase("instructor").followCodebookLink();
        codebook.addCode(TEMP_CODE, "Temporary", "Sementara");
        assertThat(codebook.notification("Saved")).isVisible();

        ApiClient student5 = ApiClient.as(port, "student5", "kasus-demo");
        ApiClient instructor = ApiClient.as(port, "instructor", "kasus-demo");
        long passageId = student5.get("/api/cases/" + caseId + "/passages").json().get(0).get("id").asLong();
        ApiClient.Response created = student5.post("/api/cases/" + caseId + "/annotations", Map.of(
                "passageId", passageId, "start", 0, "end", 5, "code", TEMP_CODE,
                "actor", "US", "addressee", "DPRK", "stage", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long annotation = created.json().get("id").asLong();
        String lock = "/api/cases/" + caseId + "/submissions/student5/";
        try {
            assertThat(instructor.post(lock + "lock").status()).isEqualTo(200);
            page.reload();
            codebook.waitForGrid();
            codebook.selectCode(TEMP_CODE);
            codebook.openDelete();
            assertThat(codebook.usageInDialog()).hasText("One annotation uses this code.");
            assertThat(page.locator("#delete-code-locked")).hasText("Not deleted: one annotation of one coder whose "
                    + "coding is locked uses this code. Unlock their coding first (on the Progress page of the case), "
                    + "then delete the code.");
            assertThat(page.locator("#delete-code-choice")).hasCount(0);
            assertThat(codebook.deleteDialog()).isDisabled();
            page.locator("#delete-code-cancel").click();
            assertThat(codebooks.forCase(caseId).code(TEMP_CODE)).isPresent();
            assertThat(student5.get("/api/annotations/" + annotation).json().get("code").asText()).isEqualTo(TEMP_CODE);
        } finally {
            instructor.post(lock + "unlock");
            student5.delete("/api/annotations/" + annotation);
        }
    }

    @Test
    void aStudentHasNoCodebookLinkAndCannotOpenTheEditor() {
        CasePage casePage = signInAndOpenCase("student2");
        assertThat(casePage.codebookLink()).hasCount(0);

        page.navigate(base() + "/cases/" + caseId + "/codebook");
        // Vaadin answers a view the user may not open as a route it cannot navigate to (details in dev mode only).
        assertThat(page.getByText("Could not navigate to")).isVisible();
        assertThat(page.locator("#codes-grid")).hasCount(0);
        assertThat(page.locator("#code-save")).hasCount(0);
    }
}
