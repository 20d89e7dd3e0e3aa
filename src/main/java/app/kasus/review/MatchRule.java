package app.kasus.review;

import app.kasus.base.InvalidInputException;
import java.util.Locale;

/**
 * When a coder's span counts as finding a gold span. Both demand the same passage, code and actor. {@link #EXACT}
 * also demands the same start and end; {@link #OVERLAP} gives partial credit: the two spans share at least half of
 * the shorter span's characters.
 */
public enum MatchRule {
    EXACT, OVERLAP;

    /** Partial credit is what an instructor usually wants first; exact is the strict second look. */
    public static final MatchRule DEFAULT = OVERLAP;

    /** {@code exact} or {@code overlap}; blank means {@link #DEFAULT}; anything else names {@code field}. */
    public static MatchRule parse(String field, String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "exact" -> EXACT;
            case "overlap" -> OVERLAP;
            default -> throw new InvalidInputException(field, "must be exact or overlap");
        };
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
