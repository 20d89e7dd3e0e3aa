package app.kasus.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.cases.document.DocumentFixtures;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Documents become draft cases through the API; a draft is invisible to students until it is published. */
@KasusIntegrationTest
class CaseImportApiIT {

    private static final String ADMIN = "it-admin-docimport";
    private static final String ADMIN_PASSWORD = "it-admin-password-docimport";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ApiFixtures fixtures;
    private ApiClient researcher;
    private ApiClient student;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (document import)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        researcher = fixtures.coder(ApiFixtures.unique("researcher"), "RESEARCHER");
        student = fixtures.coder(ApiFixtures.unique("student"), "STUDENT");
    }

    @AfterEach
    void tearDown() {
        // A published case cannot be deleted through the product (it may carry coding); the test's own go directly.
        created.forEach(id -> jdbc.update("delete from case_study where id = ?", id));
        fixtures.cleanUp();
    }

    private long caseCount() {
        return jdbc.queryForObject("select count(*) from case_study", Long.class);
    }

    @Test
    void aDocxBecomesADraftThatStudentsSeeOnlyOncePublished() {
        ApiClient.Response imported = researcher.postFile("/api/cases/import", "artikel.docx", DocumentFixtures.docx(),
                Map.of());
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long id = imported.json().get("id").asLong();
        created.add(id);
        assertThat(imported.json().get("title").asText()).isEqualTo(DocumentFixtures.DOCX_TITLE);
        assertThat(imported.json().get("status").asText()).isEqualTo("DRAFT");
        assertThat(imported.json().get("language").asText()).isEqualTo("id");
        assertThat(imported.json().get("passageCount").asInt()).isEqualTo(4);

        assertThat(researcher.get("/api/cases").json().findValuesAsText("id")).contains(Long.toString(id));
        assertThat(student.get("/api/cases").json().findValuesAsText("id")).doesNotContain(Long.toString(id));
        assertThat(student.get("/api/cases/" + id + "/passages").status()).isEqualTo(404);
        assertThat(student.get("/api/cases/" + id + "/notes").status()).isEqualTo(404);
        assertThat(student.get("/api/cases/" + id + "/annotations").status()).isEqualTo(404);
        // A draft the student may not read is unknown to them, whatever they ask of it.
        assertThat(student.post("/api/cases/" + id + "/publish").status()).isEqualTo(404);

        ApiClient.Response published = researcher.post("/api/cases/" + id + "/publish");
        assertThat(published.status()).as(published.body()).isEqualTo(200);
        assertThat(published.json().get("status").asText()).isEqualTo("PUBLISHED");

        JsonNode passages = student.get("/api/cases/" + id + "/passages").json();
        assertThat(passages.size()).isEqualTo(4);
        assertThat(passages.get(0).get("section").asText()).isEqualTo("Pendahuluan");
        assertThat(passages.get(0).get("language").asText()).isEqualTo("id");
        assertThat(passages.get(0).get("text").asText()).contains("Hanoi pada tahun 2019.¹ Kedua negara");
        assertThat(passages.get(0).get("notes").get(0).asInt()).isEqualTo(1);
        assertThat(student.get("/api/cases/" + id + "/notes").json().get(0).get("text").asText())
                .isEqualTo(DocumentFixtures.DOCX_NOTE);
        assertThat(researcher.delete("/api/cases/" + id).status()).isEqualTo(409);
    }

    @Test
    void previewShowsSectionsAndStoresNothing() {
        long before = caseCount();
        String markdown = """
                # Catatan

                ## Abstract

                This case explains why the negotiations between the two states failed in the end.

                ## Pendahuluan

                Perundingan antara kedua negara gagal karena tidak ada rasa saling percaya di antara mereka.
                """;
        ApiClient.Response preview = researcher.postFile("/api/cases/import/preview", "catatan.md",
                markdown.getBytes(StandardCharsets.UTF_8), Map.of("title", "Kasus percobaan"));

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("title").asText()).isEqualTo("Kasus percobaan");
        assertThat(preview.json().get("type").asText()).isEqualTo("MARKDOWN");
        JsonNode sections = preview.json().get("sections");
        assertThat(sections.findValuesAsText("heading")).containsExactly("Abstract", "Pendahuluan");
        assertThat(sections.get(0).get("passages").get(0).get("language").asText()).isEqualTo("en");
        assertThat(sections.get(1).get("passages").get(0).get("language").asText()).isEqualTo("id");
        assertThat(caseCount()).isEqualTo(before);
        assertThat(student.postFile("/api/cases/import/preview", "catatan.md",
                markdown.getBytes(StandardCharsets.UTF_8), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aPdfIsRepairedIntoParagraphsWithoutItsRunningHeadOrPageNumbers() {
        ApiClient.Response preview = researcher.postFile("/api/cases/import/preview", "artikel.pdf",
                DocumentFixtures.pdf(3), Map.of());

        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        assertThat(preview.json().get("type").asText()).isEqualTo("PDF");
        List<String> passages = preview.json().get("sections").findValues("passages").stream()
                .flatMap(p -> p.findValuesAsText("text").stream()).toList();
        assertThat(passages).hasSize(6);
        assertThat(passages.get(0)).isEqualTo("Halaman 1 membahas sanksi ekonomi dalam perundingan nuklir antara"
                + " Amerika Serikat dan Korea Utara tentang sanksi ekonomi yang gagal karena tidak saling per-caya"
                + " dalam hal sanksi ekonomi sejak awal pertemuan.");
        assertThat(String.join(" ", passages)).doesNotContain("Jurnal", "101", "102", "103");
    }

    @Test
    void aDraftCanBeThrownAway() {
        ApiClient.Response imported = researcher.postFile("/api/cases/import", "teks.txt",
                "Pendahuluan\n\nKalimat pertama dari teks percobaan ini cukup panjang untuk dikodekan.\n"
                        .getBytes(StandardCharsets.UTF_8), Map.of("language", "id"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        long id = imported.json().get("id").asLong();
        created.add(id);

        assertThat(student.delete("/api/cases/" + id).status()).isEqualTo(404);
        assertThat(researcher.delete("/api/cases/" + id).status()).isEqualTo(204);
        assertThat(researcher.get("/api/cases/" + id + "/passages").status()).isEqualTo(404);
    }

    @Test
    void badFilesAre400sNamingTheProblemAndLeaveNoCase() {
        long before = caseCount();
        byte[] docx = DocumentFixtures.docx();
        byte[] garbage = new byte[2048];
        new java.util.Random(3).nextBytes(garbage);
        garbage[0] = 0;
        expect400("wrong.pdf", docx, "Word document");
        expect400("empty.txt", new byte[0], "empty");
        expect400("noise.bin", garbage, ".bin");
        expect400("noise", garbage, "binary");
        expect400("cut.docx", Arrays.copyOf(docx, docx.length / 2), "damaged");
        expect400("locked.pdf", DocumentFixtures.encryptedPdf(), "encrypted");
        expect400("scan.pdf", DocumentFixtures.pdfWithoutText(), "no text layer");
        expect400("latin1.txt", "Kalimat dengan é yang cukup panjang.".getBytes(StandardCharsets.ISO_8859_1), "UTF-8");
        expect400("big.txt", new byte[21 * 1024 * 1024], "20 MB");
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 3001; i++) {
            many.append("Kalimat nomor ").append(i).append(" berdiri sendiri.\n\n");
        }
        expect400("many.txt", many.toString().getBytes(StandardCharsets.UTF_8), "3001 paragraphs");
        assertThat(caseCount()).isEqualTo(before);

        ApiClient.Response noFile = researcher.post("/api/cases/import", new byte[0], "multipart/form-data; boundary=x");
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.json().get("error").asText()).contains("file");
    }

    private void expect400(String name, byte[] content, String problem) {
        ApiClient.Response response = researcher.postFile("/api/cases/import", name, content, Map.of());
        assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).as(name).startsWith("file: ").contains(problem);
    }
}
