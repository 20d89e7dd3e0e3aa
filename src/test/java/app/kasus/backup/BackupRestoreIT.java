package app.kasus.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.Application;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A backup made through the API while the application serves, restored into a second, fresh instance: the same
 * cases, passages and coding. Also who may back up, which names are served, and that a restore into a database that
 * has tables is refused.
 */
@KasusIntegrationTest
class BackupRestoreIT {

    private static final String ADMIN = "it-admin-backups";
    private static final String ADMIN_PASSWORD = "it-admin-password-backups";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    DataSource dataSource;

    @Autowired
    SecurityContextHolderStrategy sharedStrategy;

    @Value("${spring.datasource.url}")
    String databaseUrl;

    @Value("${kasus.backup.dir}")
    Path backupDir;

    @TempDir
    Path freshDataDir;

    private ApiClient admin;
    private ApiFixtures fixtures;
    private final List<Path> written = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (backups)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
    }

    @AfterEach
    void tearDown() throws IOException {
        fixtures.cleanUp();
        for (Path file : written) {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void aBackupRestoresIntoAFreshInstance() {
        ApiClient coder = fixtures.coder(ApiFixtures.unique("backup-coder"), "student");
        long caseId = coder.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode passages = coder.get("/api/cases/" + caseId + "/passages").json();
        List<Long> ids = List.of(
                fixtures.annotate(coder),
                fixtures.annotate(coder, caseId, passages.get(2).get("id").asLong(), 0, 5, "demand"));
        Map<Long, JsonNode> annotations = new LinkedHashMap<>();
        ids.forEach(id -> annotations.put(id, admin.get("/api/annotations/" + id).json()));
        JsonNode cases = admin.get("/api/cases").json();
        Map<Long, Integer> passageCounts = passageCounts(admin, cases);

        ApiClient.Response created = admin.post("/api/admin/backups");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String name = created.json().get("name").asText();
        Path backup = backupDir.resolve(name);
        written.add(backup);
        assertThat(BackupNames.isBackupName(name)).as(name).isTrue();
        assertThat(created.json().get("size").asLong()).isEqualTo(size(backup)).isPositive();
        assertThat(created.json().get("created").asText()).isNotBlank();
        JsonNode listed = admin.get("/api/admin/backups").json();
        assertThat(listed.findValuesAsText("name")).contains(name);
        ApiClient.Response download = admin.get("/api/admin/backups/" + name, "application/zip");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/zip");

        try (ConfigurableApplicationContext restored = new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run("--server.port=0", "--kasus.data-dir=" + freshDataDir, "--kasus.restore-from=" + backup,
                        "--vaadin.launch-browser=false")) {
            int restoredPort = Integer.parseInt(restored.getEnvironment().getProperty("local.server.port"));
            ApiClient again = ApiClient.as(restoredPort, ADMIN, ADMIN_PASSWORD);
            assertThat(again.get("/api/cases").json()).isEqualTo(cases);
            assertThat(passageCounts(again, cases)).isEqualTo(passageCounts);
            annotations.forEach((id, before) ->
                    assertThat(again.get("/api/annotations/" + id).json()).as("annotation " + id).isEqualTo(before));
        } finally {
            // The second instance installed its own strategy in the static holder; this class's cleanup acts on the
            // shared server, whose filters store the user in the shared one (see SharedSecurityStrategy).
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @Test
    void onlyAdministratorsBackUp() {
        ApiClient student = fixtures.coder(ApiFixtures.unique("backup-student"), "student");
        ApiClient instructor = fixtures.coder(ApiFixtures.unique("backup-instructor"), "instructor");
        assertThat(student.post("/api/admin/backups").status()).isEqualTo(403);
        assertThat(student.get("/api/admin/backups").status()).isEqualTo(403);
        assertThat(instructor.post("/api/admin/backups").status()).isEqualTo(403);
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.post("/api/admin/backups").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/admin/backups").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/admin/backups/kasus-20000101-000000-000.zip").status()).isEqualTo(401);
    }

    @Test
    void onlyFilesTheServiceWroteAreServed() throws IOException {
        Files.createDirectories(backupDir);
        Path stray = backupDir.resolve("notes.zip");
        Files.writeString(stray, "not a backup");
        written.add(stray);
        for (String name : List.of("kasus-20000101-000000-000.zip", "notes.zip", "..pom.xml", "...zip",
                "kasus-20000101-000000-000.zip.part")) {
            ApiClient.Response response = admin.get("/api/admin/backups/" + name, "application/zip");
            assertThat(response.status()).as(name + ": " + response.body()).isEqualTo(404);
            assertThat(response.body()).as(name).doesNotContain("not a backup");
        }
        // An encoded separator is refused before it reaches the API (the firewall's 400) or by the name check (404).
        for (String name : List.of("..%2Fpom.xml", "..%2F..%2Fpom.xml", "%2E%2E%2Fpom.xml")) {
            ApiClient.Response response = admin.get("/api/admin/backups/" + name, "application/zip");
            assertThat(response.status()).as(name + ": " + response.body()).isIn(400, 404);
            assertThat(response.body()).as(name).doesNotContain("<artifactId>");
        }
        assertThat(admin.get("/api/admin/backups").json().findValuesAsText("name")).doesNotContain("notes.zip");
    }

    @Test
    void aRestoreIntoADatabaseWithTablesIsRefused() throws IOException, SQLException {
        Path script = freshDataDir.resolve("marker.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(script))) {
            zip.putNextEntry(new ZipEntry("script.sql"));
            OutputStream out = zip;
            out.write("CREATE TABLE RESTORE_MARKER(ID INT);".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertThatThrownBy(() -> BackupRestore.restore(dataSource, script, databaseUrl))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already has").hasMessageContaining("empty data directory");
        try (Connection connection = dataSource.getConnection();
             ResultSet marker = connection.getMetaData().getTables(null, null, "RESTORE_MARKER", null)) {
            assertThat(marker.next()).as("the script did not run").isFalse();
        }
    }

    private static Map<Long, Integer> passageCounts(ApiClient client, JsonNode cases) {
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (JsonNode found : cases) {
            long id = found.get("id").asLong();
            counts.put(id, client.get("/api/cases/" + id + "/passages").json().size());
        }
        return counts;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
