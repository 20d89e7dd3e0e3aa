package app.kasus.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The sign-in audit log: failed attempts are recorded with the name, address and outcome and never the password;
 * a successful password call of the API adds nothing; administrators read it, nobody else.
 */
@KasusIntegrationTest
class SignInAuditIT {

    private static final String ADMIN = "it-admin-audit";
    private static final String ADMIN_PASSWORD = "it-admin-password-audit";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ApiFixtures fixtures;
    private ApiClient admin;
    private final List<String> names = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (audit)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
    }

    @AfterEach
    void tearDown() {
        names.forEach(name -> jdbc.update("delete from sign_in_event where username = ?", name));
        fixtures.cleanUp();
    }

    private List<JsonNode> entriesFor(String username) {
        ApiClient.Response log = admin.get("/api/admin/sign-ins?limit=500");
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        log.json().forEach(entry -> {
            if (entry.get("username").asText().equals(username)) {
                found.add(entry);
            }
        });
        return found;
    }

    @Test
    void aFailedAttemptIsLoggedWithNameAddressAndOutcomeButNoPassword() {
        String unknown = ApiFixtures.unique("nobody-audit");
        names.add(unknown);
        String password = "a-guessed-password-" + unknown;

        assertThat(ApiClient.as(port, unknown.toUpperCase(), password).get("/api/cases").status()).isEqualTo(401);

        List<JsonNode> entries = entriesFor(unknown);
        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.get("outcome").asText()).isEqualTo("BAD_CREDENTIALS");
            assertThat(entry.get("remoteAddress").asText()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
            assertThat(entry.toString()).doesNotContain(password);
        });
    }

    @Test
    void aSuccessfulPasswordCallOfTheApiIsNotLogged() {
        String student = ApiFixtures.unique("audit-student");
        names.add(student);
        fixtures.passwordCoder(student, "STUDENT");
        assertThat(ApiClient.as(port, student, ApiFixtures.OWN_PASSWORD).get("/api/cases").status()).isEqualTo(200);

        assertThat(entriesFor(student)).isEmpty();
    }

    @Test
    void onlyAdministratorsReadTheLog() {
        String student = ApiFixtures.unique("audit-reader");
        names.add(student);
        ApiClient reader = fixtures.coder(student, "STUDENT");

        assertThat(reader.get("/api/admin/sign-ins").status()).isEqualTo(403);
        assertThat(ApiClient.anonymous(port).get("/api/admin/sign-ins").status()).isEqualTo(401);
    }
}
