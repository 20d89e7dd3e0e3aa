package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Passwords are kept as BCrypt hashes at the deployer's cost ({@code kasus.password.bcrypt-strength}; these tests run
 * at {@link KasusIntegrationTest#BCRYPT_STRENGTH}), and a hash made at another cost, before the deployer changed it, still signs in.
 */
@KasusIntegrationTest
class PasswordStorageIT {

    private static final String PASSWORD = "a-password-of-mine-7";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    UserAccountRepository users;
    @Autowired
    TransactionTemplate transactions;

    private final String username = ApiFixtures.unique("hash");

    @AfterEach
    void removeAccount() {
        users.findByUsername(username).ifPresent(users::delete);
    }

    @Test
    void aPasswordIsStoredAtTheConfiguredCostAndAnOlderCostStillSignsIn() {
        accounts.ensureAccount(username, PASSWORD, "Hash test", Role.STUDENT);
        String stored = users.findByUsername(username).orElseThrow().getPasswordHash();
        assertThat(stored).startsWith(String.format("$2a$%02d$", KasusIntegrationTest.BCRYPT_STRENGTH))
                .doesNotContain(PASSWORD);
        assertThat(ApiClient.as(port, username, PASSWORD).get("/api/cases").status()).isEqualTo(200);
        assertThat(ApiClient.as(port, username, "not-" + PASSWORD).get("/api/cases").status()).isEqualTo(401);

        String atDefaultCost = new BCryptPasswordEncoder(10).encode(PASSWORD);
        transactions.executeWithoutResult(status ->
                users.findByUsername(username).orElseThrow().setPassword(atDefaultCost, false));
        assertThat(users.findByUsername(username).orElseThrow().getPasswordHash()).startsWith("$2a$10$");
        assertThat(ApiClient.as(port, username, PASSWORD).get("/api/cases").status()).isEqualTo(200);
    }
}
