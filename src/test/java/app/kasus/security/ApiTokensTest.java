package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApiTokensTest {

    @Test
    void generatedTokensHaveTheShapeTheCheckExpectsAndDiffer() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String token = ApiTokens.generate();
            assertThat(token).startsWith(ApiTokens.PREFIX).matches("kasus_[A-Za-z0-9_-]{43}");
            assertThat(ApiTokens.wellFormed(token)).isTrue();
            assertThat(seen.add(token)).isTrue();
        }
    }

    @Test
    void malformedTextIsRecognisedWithoutAQuery() {
        String token = ApiTokens.generate();
        assertThat(ApiTokens.wellFormed(null)).isFalse();
        assertThat(ApiTokens.wellFormed("")).isFalse();
        assertThat(ApiTokens.wellFormed(token.substring(ApiTokens.PREFIX.length()))).isFalse();
        assertThat(ApiTokens.wellFormed("other_" + token.substring(ApiTokens.PREFIX.length()))).isFalse();
        assertThat(ApiTokens.wellFormed(token + "A")).isFalse();
        assertThat(ApiTokens.wellFormed(token.substring(0, token.length() - 1) + "=")).isFalse();
        assertThat(ApiTokens.wellFormed(token.substring(0, token.length() - 1) + "\u00e9")).isFalse();
    }

    @Test
    void theStoredHashIsTheHexSha256OfTheToken() {
        assertThat(ApiTokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        String token = ApiTokens.generate();
        assertThat(ApiTokens.hash(token)).hasSize(64).isEqualTo(ApiTokens.hash(token)).doesNotContain(token);
    }
}
