package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginAttemptsTest {

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void locksAfterTheLimitWithinTheWindowAndUnlocksWhenItPasses() {
        MovableClock clock = new MovableClock();
        LoginAttempts attempts = new LoginAttempts(clock);
        for (int i = 1; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("Student1");
        }
        assertThat(attempts.isLocked("student1")).isFalse();
        attempts.failed("student1");
        assertThat(attempts.isLocked("student1")).isTrue();
        assertThat(attempts.isLocked("student2")).isFalse();

        clock.now = clock.now.plus(LoginAttempts.WINDOW).plus(Duration.ofSeconds(1));
        assertThat(attempts.isLocked("student1")).isFalse();
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        MovableClock clock = new MovableClock();
        LoginAttempts attempts = new LoginAttempts(clock);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES * 2; i++) {
            attempts.failed("student1");
            clock.now = clock.now.plus(Duration.ofMinutes(2));
        }
        assertThat(attempts.isLocked("student1")).isFalse();
    }

    @Test
    void expiredRecordsAreSweptAway() {
        MovableClock clock = new MovableClock();
        LoginAttempts attempts = new LoginAttempts(clock);
        for (int i = 0; i < 300; i++) {
            attempts.failed("nobody-" + i);
        }
        clock.now = clock.now.plus(LoginAttempts.WINDOW).plus(Duration.ofSeconds(1));
        for (int i = 0; i < 300; i++) {
            attempts.failed("later-" + i);
        }
        assertThat(attempts.tracked()).isLessThanOrEqualTo(300);
    }

    @Test
    void recordsAreCappedWithoutForgettingALockout() {
        MovableClock clock = new MovableClock();
        LoginAttempts attempts = new LoginAttempts(clock);
        for (int i = 0; i < LoginAttempts.MAX_FAILURES; i++) {
            attempts.failed("student1");
        }
        for (int i = 0; i < LoginAttempts.MAX_TRACKED + 500; i++) {
            clock.now = clock.now.plusMillis(1);
            attempts.failed("nobody-" + i);
        }
        assertThat(attempts.tracked()).isLessThanOrEqualTo(LoginAttempts.MAX_TRACKED);
        assertThat(attempts.isLocked("student1")).isTrue();
    }
}
