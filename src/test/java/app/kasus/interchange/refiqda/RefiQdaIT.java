package app.kasus.interchange.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.interchange.SafeZip;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * REFI-QDA through the API: a foreign project imported as a draft case with its codes and codings; export → import →
 * export keeps every coding; a project whose last coding is broken leaves nothing; export scopes and access as the
 * annotations API's. Every account and imported case is the test's own and removed afterwards.
 */
@KasusIntegrationTest
class RefiQdaIT {

    private static final String ADMIN = "it-admin-refiqda";
    private static final String ADMIN_PASSWORD = "it-admin-password-refiqda";
    static final String IMPORT = "/api/cases/import/qdpx";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    ApiFixtures fixtures;
    QdpxHttp admin;
    QdpxHttp instructor;
    QdpxHttp student;
    ApiClient instructorApi;
    ApiClient researcherApi;
    ApiClient studentApi;
    String studentName;
    String instructorName;
    String researcherName;
    final List<Long> importedCases = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (REFI-QDA)", Role.ADMIN);
        ApiClient adminBasic = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, adminBasic);
        admin = new QdpxHttp(port, ApiFixtures.token(adminBasic));
        instructorName = ApiFixtures.unique("it-qda-teacher");
        researcherName = ApiFixtures.unique("it-qda-researcher");
        studentName = ApiFixtures.unique("it-qda-student");
        String instructorToken = ApiFixtures.token(fixtures.passwordCoder(instructorName, "instructor"));
        instructor = new QdpxHttp(port, instructorToken);
        instructorApi = ApiClient.bearer(port, instructorToken);
        researcherApi = ApiClient.bearer(port, ApiFixtures.token(fixtures.passwordCoder(researcherName, "researcher")));
        String studentToken = ApiFixtures.token(fixtures.passwordCoder(studentName, "student"));
        student = new QdpxHttp(port, studentToken);
        studentApi = ApiClient.bearer(port, studentToken);
    }

    @AfterEach
    void tearDown() {
        // Deleting the case cascades to its passages, codebook and annotations, so the accounts can go too.
        importedCases.forEach(id -> jdbc.update("delete from case_study where id = ?", id));
        importedCases.clear();
        fixtures.cleanUp();
    }

    @Test
    void aForeignProjectBecomesADraftCaseWithItsCodesAndCodings() {
        QdpxHttp.Answer answer = instructor.upload(IMPORT, "hanoi.qdpx",
                Projects.zip(Projects.foreign(studentName, "Trust, or just dinner?")));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        JsonNode report = answer.json();
        long caseId = imported(report);
        assertThat(report.get("title").asText()).isEqualTo("Hanoi talks (imported)");
        assertThat(report.get("codings").asInt()).isEqualTo(2);
        assertThat(report.get("codesAdded").toString()).contains("Themes / Trust");
        assertThat(report.get("notes").toString()).contains("Somebody Unknown").contains("attributed to you");

        Map<String, JsonNode> byQuote = byQuote(instructorApi.get("/api/cases/" + caseId + "/annotations?scope=all").json());
        JsonNode hanoi = byQuote.get("Hanoi \uD83D\uDE00 on a cold morning");
        assertThat(hanoi).as(byQuote.keySet().toString()).isNotNull();
        assertThat(hanoi.get("author").asText()).isEqualTo(studentName);
        assertThat(hanoi.get("code").asText()).isEqualTo("concession");
        assertThat(hanoi.get("actor").asText()).isEqualTo("other");
        JsonNode kim = byQuote.get("Kim offered to close Yongbyon");
        assertThat(kim.get("author").asText()).isEqualTo(instructorName);
        assertThat(kim.get("code").asText()).isEqualTo("trust");
        assertThat(kim.get("note").asText()).isEqualTo("Trust, or just dinner?");
        // The passage text, in UTF-16 units, agrees with the offsets the import worked out from code points.
        JsonNode passage = passage(caseId, kim.get("passageId").asLong());
        assertThat(passage.get("text").asText().substring(kim.get("start").asInt(), kim.get("end").asInt()))
                .isEqualTo("Kim offered to close Yongbyon");

        // A draft: the student sees no such case, and may not import.
        assertThat(studentApi.get("/api/cases/" + caseId + "/passages").status()).isEqualTo(404);
        assertThat(student.get("/api/cases/" + caseId + "/export?format=qdpx").status()).isEqualTo(404);
        assertThat(student.upload(IMPORT, "hanoi.qdpx", Projects.zip(Projects.foreign(studentName, "x"))).status())
                .isEqualTo(403);
    }

    @Test
    void aResearcherImportsCodesButNotAsAStudent() {
        QdpxHttp researcher = new QdpxHttp(port, ApiFixtures.token(fixtures.passwordCoder(
                ApiFixtures.unique("it-qda-researcher2"), "researcher")));
        QdpxHttp.Answer answer = researcher.upload(IMPORT, "hanoi.qdpx", Projects.zip(Projects.foreign(studentName, "memo")));
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        long caseId = imported(answer.json());
        // A researcher may add the project's codes to their draft, but may not put coding under a student's name.
        assertThat(answer.json().get("codesAdded").toString()).contains("Themes / Trust");
        assertThat(answer.json().get("notes").toString()).contains(studentName).contains("attributed to you");
        JsonNode coding = instructorApi.get("/api/cases/" + caseId + "/annotations?scope=all").json();
        assertThat(coding).hasSize(2);
        coding.forEach(a -> assertThat(a.get("author").asText()).isNotEqualTo(studentName));
    }

    @Test
    void exportImportExportKeepsEveryCoding() throws Exception {
        QdpxHttp.Answer first = admin.upload(IMPORT, "hanoi.qdpx", Projects.zip(Projects.foreign(studentName, "memo")));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        long caseId = imported(first.json());
        List<JsonNode> passages = new ArrayList<>();
        instructorApi.get("/api/cases/" + caseId + "/passages").json().forEach(passages::add);
        JsonNode negotiations = passages.stream().filter(p -> p.get("text").asText().contains("Kim offered"))
                .findFirst().orElseThrow();
        String text = negotiations.get("text").asText();
        code(instructorApi, caseId, negotiations, text, "close Yongbyon", "signal", "positive", "2019-02-28",
                "A real offer \uD83D\uDE00", "DPRK", "US", 3);
        code(researcherApi, caseId, negotiations, text, "the dismantling of every other site", "demand", null, null,
                null, "US", "DPRK", 2);

        QdpxHttp.Answer x1 = admin.get("/api/cases/" + caseId + "/export?format=qdpx&scope=all");
        assertThat(x1.status()).as(x1.text()).isEqualTo(200);
        QdpxWriterTest.validate(files(x1.body()).get("project.qde"), "/refiqda/Project-mrt2019.xsd");
        QdpxHttp.Answer again = admin.upload(IMPORT, "case.qdpx", x1.body());
        assertThat(again.status()).as(again.text()).isEqualTo(201);
        long copy = imported(again.json());
        assertThat(again.json().get("codesAdded").toString()).contains("Trust").doesNotContain("Concession");
        QdpxHttp.Answer x2 = admin.get("/api/cases/" + copy + "/export?format=qdpx&scope=all");
        assertThat(x2.status()).isEqualTo(200);

        TreeSet<String> before = codings(x1.body());
        assertThat(before).hasSize(4);
        assertThat(before.toString()).contains("close Yongbyon|Signal|" + instructorName + "|A real offer \uD83D\uDE00")
                .contains("Event date: 2019-02-28").contains("Valence: positive").contains("Stage 3")
                .contains("|" + researcherName + "|").contains("|" + studentName + "|");
        assertThat(codings(x2.body())).isEqualTo(before);
    }

    @Test
    void aProjectWhoseLastCodingIsBrokenLeavesNothingBehind() {
        long[] before = counts();
        QdpxHttp.Answer answer = admin.upload(IMPORT, "broken.qdpx",
                Projects.zip(Projects.foreign(studentName, "x".repeat(2001))));
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).contains("selection 5B0C0C2E-5555-4C3B-9A47-000000000002")
                .contains("note").contains("2000");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void exportsFollowTheAnnotationsScopesAndAreValid() throws Exception {
        long caseId = studentApi.get("/api/cases").json().get(0).get("id").asLong();
        fixtures.annotate(studentApi);
        String otherStudent = ApiFixtures.unique("it-qda-other");
        fixtures.annotate(fixtures.coder(otherStudent, "student"));

        QdpxHttp.Answer mine = student.get("/api/cases/" + caseId + "/export?format=qdpx&scope=all");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("application/zip");
        byte[] qde = files(mine.body()).get("project.qde");
        QdpxWriterTest.validate(qde, "/refiqda/Project-mrt2019.xsd");
        String students = new String(qde, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(students).contains("name=\"" + studentName + "\"").doesNotContain(otherStudent);
        String staff = new String(files(instructor.get("/api/cases/" + caseId + "/export?format=qdpx&scope=all").body())
                .get("project.qde"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(staff).contains("name=\"" + studentName + "\"").contains("name=\"" + otherStudent + "\"");
        assertThat(student.get("/api/cases/" + caseId + "/export?format=qdpx&scope=user:" + otherStudent).status())
                .isEqualTo(404);
        assertThat(student.get("/api/cases/" + caseId + "/export?format=qdpx&scope=gold").status()).isEqualTo(403);
        QdpxHttp.Answer bad = student.get("/api/cases/" + caseId + "/export?format=qdpx&scope=everything");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).startsWith("scope:");

        QdpxHttp.Answer qdc = student.get("/api/cases/" + caseId + "/export?format=qdc");
        assertThat(qdc.status()).isEqualTo(200);
        QdpxWriterTest.validate(qdc.body(), "/refiqda/Codebook-mrt2019.xsd");
        assertThat(student.get("/api/cases/999999999/export?format=qdc").status()).isEqualTo(404);
    }

    @Test
    void aCaseTextComesBackAsTheSameSectionsPassagesAndNotes() {
        long caseId = instructorApi.get("/api/cases").json().get(0).get("id").asLong();
        QdpxHttp.Answer exported = instructor.get("/api/cases/" + caseId + "/export?format=qdpx&scope=mine");
        assertThat(exported.status()).isEqualTo(200);
        QdpxHttp.Answer answer = instructor.upload(IMPORT, "case.qdpx", exported.body());
        assertThat(answer.status()).as(answer.text()).isEqualTo(201);
        long copy = imported(answer.json());
        assertThat(passages(copy)).isEqualTo(passages(caseId));
        assertThat(instructorApi.get("/api/cases/" + copy + "/notes").json())
                .isEqualTo(instructorApi.get("/api/cases/" + caseId + "/notes").json());
    }

    /** Each passage as section, language, text and the notes it cites. */
    private List<String> passages(long caseId) {
        List<String> passages = new ArrayList<>();
        for (JsonNode p : instructorApi.get("/api/cases/" + caseId + "/passages").json()) {
            passages.add(p.get("section").asText() + "|" + p.get("language").asText() + "|" + p.get("text").asText()
                    + "|" + p.get("notes"));
        }
        assertThat(passages).isNotEmpty();
        return passages;
    }

    private long imported(JsonNode report) {
        long id = report.get("caseId").asLong();
        importedCases.add(id);
        return id;
    }

    long[] counts() {
        return new long[]{count("case_study"), count("codebook_code"), count("codebook_actor"), count("annotation"),
                count("passage")};
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }

    private JsonNode passage(long caseId, long passageId) {
        for (JsonNode p : instructorApi.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("id").asLong() == passageId) {
                return p;
            }
        }
        throw new AssertionError("no passage " + passageId);
    }

    private static Map<String, JsonNode> byQuote(JsonNode annotations) {
        Map<String, JsonNode> result = new LinkedHashMap<>();
        annotations.forEach(a -> result.put(a.get("quote").asText(), a));
        return result;
    }

    private static void code(ApiClient coder, long caseId, JsonNode passage, String text, String quote, String code,
                             String valence, String eventDate, String note, String actor, String addressee, int stage) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", text.indexOf(quote));
        body.put("end", text.indexOf(quote) + quote.length());
        body.put("code", code);
        body.put("actor", actor);
        body.put("addressee", addressee);
        body.put("stage", stage);
        body.put("valence", valence);
        body.put("eventDate", eventDate);
        body.put("note", note);
        ApiClient.Response created = coder.post("/api/cases/" + caseId + "/annotations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    static Map<String, byte[]> files(byte[] qdpx) {
        return SafeZip.read(new ByteArrayInputStream(qdpx), QdpxWriterTest.LIMITS, "file");
    }

    /** Each coding of an exported project as "quote|code|coder|note|facets|description", read back from the file. */
    static TreeSet<String> codings(byte[] qdpx) {
        QdaProject project = ProjectReader.read(files(qdpx));
        TreeSet<String> codings = new TreeSet<>();
        for (QdaProject.Source source : project.sources()) {
            int[] text = source.text().codePoints().toArray();
            for (QdaProject.Selection selection : source.selections()) {
                String quote = new String(text, selection.start(), selection.end() - selection.start());
                TreeSet<String> facets = new TreeSet<>();
                List<QdaProject.Coding> main = new ArrayList<>();
                for (QdaProject.Coding coding : selection.codings()) {
                    QdaProject.Code code = project.code(coding.codeGuid()).orElseThrow();
                    if (code.group() != null) {
                        facets.add(code.name());
                    } else {
                        main.add(coding);
                    }
                }
                String note = selection.noteGuids().stream().map(project.notes()::get).reduce("", String::concat);
                for (QdaProject.Coding coding : main) {
                    codings.add(String.join("|", quote, project.code(coding.codeGuid()).orElseThrow().name(),
                            project.users().get(coding.creatingUser()).name(), note, facets.toString(),
                            String.valueOf(selection.description())));
                }
            }
        }
        return codings;
    }
}
