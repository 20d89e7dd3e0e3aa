package app.kasus.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * What an API token looks like: 256 random bits, URL-safe Base64, behind a prefix that secret scanners and people
 * recognise. Only its SHA-256 is stored: with that much entropy nothing is gained from a slow hash, and a request
 * must not pay a BCrypt round.
 */
public final class ApiTokens {

    public static final String PREFIX = "kasus_";
    /** The name column's width; the account page's form and the service's check both read it. */
    public static final int MAX_NAME_LENGTH = 64;
    private static final int RANDOM_BYTES = 32;
    /** Base64 without padding of {@link #RANDOM_BYTES} bytes. */
    private static final int ENCODED_LENGTH = 43;

    private static final SecureRandom RANDOM = new SecureRandom();

    private ApiTokens() {
    }

    static String generate() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether the text has a token's shape, so that garbage is refused without a database query. */
    static boolean wellFormed(String token) {
        if (token == null || token.length() != PREFIX.length() + ENCODED_LENGTH || !token.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < token.length(); i++) {
            char c = token.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
