package app.kasus.interchange.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hostile and broken uploads to {@code POST /api/cases/import/qdpx}: each answered 400 with a message naming the
 * problem, and none leaves a case, code, passage or annotation behind.
 */
@KasusIntegrationTest
class RefiQdaMalformedIT {

    private static final String ADMIN = "it-admin-refiqda-bad";
    private static final String ADMIN_PASSWORD = "it-admin-password-refiqda-bad";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    ApiFixtures fixtures;
    QdpxHttp instructor;
    String student;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (REFI-QDA, malformed)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        instructor = new QdpxHttp(port, ApiFixtures.token(fixtures.passwordCoder(ApiFixtures.unique("it-qda-bad"),
                "instructor")));
        student = ApiFixtures.unique("it-qda-bad-student");
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    @Test
    void aTruncatedArchive() {
        byte[] zip = Projects.zip(Projects.foreign(student, "memo"));
        refused(Arrays.copyOf(zip, zip.length / 2), "truncated|damaged");
    }

    @Test
    void aZipSlipPath() {
        Map<String, byte[]> files = Projects.foreign(student, "memo");
        files.put("../../evil.sh", "rm -rf /".getBytes(StandardCharsets.UTF_8));
        refused(Projects.zip(files), "zip slip");
    }

    @Test
    void aZipBomb() {
        Map<String, byte[]> files = Projects.foreign(student, "memo");
        files.put("sources/padding.txt", new byte[20_000_000]);
        refused(Projects.zip(files), "zip bomb");
    }

    @Test
    void anXmlBomb() {
        String bomb = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\">"
                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&d;\"/>";
        refused(Projects.zip(Map.of("project.qde", bomb.getBytes(StandardCharsets.UTF_8))), "DOCTYPE");
    }

    @Test
    void anExternalEntity() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"&x;\"/>";
        String error = refused(Projects.zip(Map.of("project.qde", xxe.getBytes(StandardCharsets.UTF_8))), "DOCTYPE");
        assertThat(error).doesNotContain("root:");
    }

    @Test
    void noProjectQde() {
        refused(Projects.zip(Map.of("sources/a.txt", "text".getBytes(StandardCharsets.UTF_8))), "no project.qde");
    }

    @Test
    void notAProject() {
        refused(Projects.zip(Map.of("project.qde", "<html/>".getBytes(StandardCharsets.UTF_8))), "not a REFI-QDA Project");
    }

    @Test
    void aSourceInAnotherEncodingThanUtf8() {
        Map<String, byte[]> files = new LinkedHashMap<>(Projects.foreign(student, "memo"));
        files.put("sources/" + Projects.SOURCE_GUID + ".txt",
                "D\u00e9tente in Hanoi, caf\u00e9 diplomacy.".getBytes(StandardCharsets.ISO_8859_1));
        refused(Projects.zip(files), "not UTF-8");
    }

    @Test
    void aProjectQdeInAnotherEncodingThanItDeclares() {
        Map<String, byte[]> files = new LinkedHashMap<>(Projects.foreign(student, "caf\u00e9"));
        files.put("project.qde", new String(files.get("project.qde"), StandardCharsets.UTF_8)
                .getBytes(StandardCharsets.ISO_8859_1));
        refused(Projects.zip(files), "encoding");
    }

    @Test
    void binaryGarbage() {
        byte[] garbage = new byte[10_000];
        new Random(9).nextBytes(garbage);
        refused(garbage, "not a zip archive|damaged");
    }

    @Test
    void aSelectionOutsideItsSource() {
        Map<String, byte[]> files = new LinkedHashMap<>(Projects.foreign(student, "memo"));
        files.put("project.qde", new String(files.get("project.qde"), StandardCharsets.UTF_8)
                .replaceFirst("endPosition=\"\\d+\"", "endPosition=\"999999\"").getBytes(StandardCharsets.UTF_8));
        refused(Projects.zip(files), "outside its source");
    }

    @Test
    void theAtlasSamplesHoldNoText() throws IOException {
        refused(sample("blank-atlas-project.qdpx"), "no text source");
        String error = refused(sample("target-atlas-project.qdpx"), "no text source");
        assertThat(error).contains("only a codebook of 3 codes");
    }

    @Test
    void noFile() {
        QdpxHttp.Answer answer = instructor.upload("/api/cases/import/qdpx", "empty.qdpx", new byte[0]);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("error").asText()).startsWith("file: required");
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = RefiQdaMalformedIT.class.getResourceAsStream("/refiqda/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Uploads the bytes; asserts a 400 whose message matches {@code expected} and that nothing was stored. */
    private String refused(byte[] upload, String expected) {
        long[] before = counts();
        QdpxHttp.Answer answer = instructor.upload(RefiQdaIT.IMPORT, "upload.qdpx", upload);
        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        String error = answer.json().get("error").asText();
        assertThat(error).startsWith("file: ").containsPattern(expected);
        assertThat(counts()).as("nothing stored").isEqualTo(before);
        return error;
    }

    private long[] counts() {
        long[] counts = new long[5];
        String[] tables = {"case_study", "codebook_code", "codebook_actor", "annotation", "passage"};
        for (int i = 0; i < tables.length; i++) {
            counts[i] = jdbc.queryForObject("select count(*) from " + tables[i], Long.class);
        }
        return counts;
    }
}
