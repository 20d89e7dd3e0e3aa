package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@KasusIntegrationTest
class LoginThrottleIT {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void tooManyWrongPasswordsLockTheAccountEvenForTheRightOne() {
        accounts.ensureAccount("throttle-test", "right-password-1", "Throttle test", Role.STUDENT);
        assertThat(ApiClient.as(port, "throttle-test", "right-password-1").get("/api/cases").status()).isEqualTo(200);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            assertThat(ApiClient.as(port, "throttle-test", "wrong-" + i).get("/api/cases").status()).isEqualTo(401);
        }
        assertThat(ApiClient.as(port, "throttle-test", "right-password-1").get("/api/cases").status()).isEqualTo(401);
        assertThat(ApiClient.as(port, "student1", "kasus-demo").get("/api/cases").status()).isEqualTo(200);
    }
}
