package app.kasus.security;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one rule for usernames, read by the forms, the roster import and the services alike. A username is
 * compared without regard to case, so it is stored folded to lower case: "Student1" signs in as "student1".
 */
public final class Usernames {

    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 64;
    /** Said to users in error messages and the README, so keep it in step with {@link #ALLOWED}. */
    public static final String ALLOWED_DESCRIPTION = "letters a-z, digits and . _ - @, starting with a letter or digit";

    private static final Pattern ALLOWED = Pattern.compile("[a-z0-9][a-z0-9._@-]*");

    private Usernames() {
    }

    public static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Why the (normalized) username is not acceptable, or empty when it is. */
    public static Optional<String> problem(String username) {
        String name = normalize(username);
        if (name.isEmpty()) {
            return Optional.of("must not be empty");
        }
        if (name.length() < MIN_LENGTH || name.length() > MAX_LENGTH) {
            return Optional.of("must have " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        if (!ALLOWED.matcher(name).matches()) {
            return Optional.of("may contain only " + ALLOWED_DESCRIPTION);
        }
        return Optional.empty();
    }
}
