package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A refusal takes as long for a locked account as for an unknown name or a wrong password: timing names no one.
 * Measured at the default BCrypt cost (the other tests run at the cheapest), so the hash is most of a refusal's time.
 */
@KasusIntegrationTest
@TestPropertySource(properties = "kasus.password.bcrypt-strength=10")
class LoginTimingIT {

    private static final int SAMPLES = 9;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    UserAccountRepository users;

    @Test
    void lockedAccountIsRefusedAsSlowlyAsAnUnknownOne() {
        String locked = "timing-locked";
        accounts.ensureAccount(locked, "right-password-1", "Timing test", Role.STUDENT);
        assertThat(users.findByUsername(locked).orElseThrow().getPasswordHash()).startsWith("$2a$10$");
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed(locked);
        }
        assertThat(attempts.isLocked(locked)).isTrue();
        // Warm both paths first, so neither pays for class loading or the connection.
        refusalMillis(locked);
        refusalMillis("timing-nobody-at-all");

        double lockedMedian = median(locked);
        double unknownMedian = median("timing-nobody-at-all");
        assertThat(lockedMedian).as("locked %.1f ms vs unknown %.1f ms", lockedMedian, unknownMedian)
                .isGreaterThan(unknownMedian * 0.5);
    }

    private double median(String username) {
        double[] samples = new double[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            samples[i] = refusalMillis(username);
        }
        Arrays.sort(samples);
        return samples[SAMPLES / 2];
    }

    private double refusalMillis(String username) {
        long start = System.nanoTime();
        int status = ApiClient.as(port, username, "wrong-password").get("/api/cases").status();
        long elapsed = System.nanoTime() - start;
        assertThat(status).isEqualTo(401);
        return elapsed / 1_000_000.0;
    }
}
