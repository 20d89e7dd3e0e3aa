package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A deployer's BCrypt cost is used as given, and one BCrypt cannot use stops the start with the setting's name. */
class PasswordEncoderSettingTest {

    @Test
    void theCostGivenIsTheCostOfNewHashes() {
        PasswordEncoder encoder = new SecurityConfig().passwordEncoder(5);
        String hash = encoder.encode("secret-1");
        assertThat(hash).startsWith("$2a$05$");
        assertThat(encoder.matches("secret-1", hash)).isTrue();
    }

    @Test
    void aCostOutsideBcryptsRangeIsRefusedByName() {
        for (int strength : new int[] {3, 32, -1}) {
            assertThatThrownBy(() -> new SecurityConfig().passwordEncoder(strength))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("kasus.password.bcrypt-strength must be between 4 and 31 (BCrypt's cost), not " + strength);
        }
    }
}
