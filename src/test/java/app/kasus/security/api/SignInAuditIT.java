package app.kasus.security.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.base.InvalidInputException;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.security.SignInAudit;
import app.kasus.security.SignInEvent;
import app.kasus.security.SignInOutcome;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import app.kasus.testsupport.SignedIn;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

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

    @Autowired
    SignInAudit audit;

    @Autowired
    UserDetailsService userDetails;

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
    void theApiFiltersByNameAndOutcomeAndPages() {
        String unknown = ApiFixtures.unique("filter-audit");
        names.add(unknown);
        for (int i = 0; i < 3; i++) {
            assertThat(ApiClient.as(port, unknown, "wrong-" + i).get("/api/cases").status()).isEqualTo(401);
        }
        String part = unknown.substring(2).toUpperCase();

        ApiClient.Response byName = admin.get("/api/admin/sign-ins?username=" + part + "&outcome=bad_credentials");
        assertThat(byName.status()).as(byName.body()).isEqualTo(200);
        assertThat(byName.json()).hasSize(3);
        byName.json().forEach(entry -> assertThat(entry.get("username").asText()).isEqualTo(unknown));
        assertThat(admin.get("/api/admin/sign-ins?username=" + part + "&outcome=SUCCESS").json()).isEmpty();
        JsonNode second = admin.get("/api/admin/sign-ins?username=" + part + "&limit=2&offset=2").json();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).get("id").asLong()).isEqualTo(byName.json().get(2).get("id").asLong());

        ApiClient.Response badOutcome = admin.get("/api/admin/sign-ins?outcome=MAYBE");
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.json().get("error").asText()).contains("outcome", "BAD_CREDENTIALS");
        ApiClient.Response longName = admin.get("/api/admin/sign-ins?username=" + "x".repeat(SignInAudit.MAX_NAME + 1));
        assertThat(longName.status()).isEqualTo(400);
        assertThat(longName.json().get("error").asText()).contains("username");
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

    @Test
    void theLogPageFiltersByNamePartAndOutcomeAndPagesNewestFirst() {
        String prefix = ApiFixtures.unique("pager");
        String dashed = prefix + "-a";
        String underscored = prefix + "_b";
        names.addAll(List.of(dashed, underscored));
        for (String name : List.of(dashed, dashed, dashed, underscored)) {
            assertThat(ApiClient.as(port, name, "a-wrong-password-123").get("/api/cases").status()).isEqualTo(401);
        }

        SignedIn.run(userDetails, ADMIN, () -> {
            SignInAudit.Filter byPrefix = new SignInAudit.Filter(prefix.toUpperCase(), null);
            List<SignInEvent> all = audit.page(byPrefix, 0, 100);
            assertThat(all).extracting(SignInEvent::username).containsExactly(underscored, dashed, dashed, dashed);
            assertThat(all).extracting(SignInEvent::occurred).isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(audit.count(byPrefix)).isEqualTo(4);
            assertThat(audit.page(byPrefix, 1, 2)).isEqualTo(all.subList(1, 3));

            // "_" is a character of the name, not a wildcard matching the "-".
            SignInAudit.Filter literal = new SignInAudit.Filter(prefix + "_", null);
            assertThat(audit.page(literal, 0, 100)).extracting(SignInEvent::username).containsExactly(underscored);
            assertThat(audit.count(new SignInAudit.Filter(prefix, SignInOutcome.BAD_CREDENTIALS))).isEqualTo(4);
            assertThat(audit.count(new SignInAudit.Filter(prefix, SignInOutcome.SUCCESS))).isZero();
            assertThatThrownBy(() -> audit.count(new SignInAudit.Filter("x".repeat(SignInAudit.MAX_NAME + 1), null)))
                    .isInstanceOf(InvalidInputException.class);
        });
        SignedIn.run(userDetails, "student1", () -> assertThatThrownBy(() -> audit.page(SignInAudit.Filter.ALL, 0, 10))
                .isInstanceOf(AccessDeniedException.class));
    }
}
