package app.kasus.security;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/** The password rules every form and service reads, and the one-time passwords handed to new users. */
public final class Passwords {

    public static final int MIN_LENGTH = 10;
    /** BCrypt reads at most 72 bytes; a longer password would be cut silently, so it is refused instead. */
    public static final int MAX_BYTES = 72;

    // No 0/o, 1/l/i: a one-time password is often read off a sheet of paper.
    private static final char[] ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    /** Why the new password is not acceptable, or empty when it is. */
    public static Optional<String> problem(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("must have at least " + MIN_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("must not be longer than " + MAX_BYTES + " bytes");
        }
        if (password.isBlank()) {
            return Optional.of("must not be only spaces");
        }
        return Optional.empty();
    }

    /** Three groups of four, e.g. {@code k7mq-x2rt-9pwa}: about 74 bits, and easy to type. */
    public static String oneTime() {
        StringBuilder sb = new StringBuilder(14);
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append('-');
            }
            sb.append(ONE_TIME_ALPHABET[RANDOM.nextInt(ONE_TIME_ALPHABET.length)]);
        }
        return sb.toString();
    }
}
