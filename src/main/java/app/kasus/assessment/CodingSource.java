package app.kasus.assessment;

import app.kasus.base.InvalidInputException;

/**
 * Whose coding an assessment combines, as the viewer writes it: {@code me}, {@code user:<name>},
 * {@code group:<name>}, {@code all}, {@code majority}, {@code majority:group:<name>} or {@code gold} (the case's
 * reference coding, not a coder's).
 */
public record CodingSource(Kind kind, String name) {

    public enum Kind { ME, USER, GROUP, ALL, MAJORITY, MAJORITY_OF_GROUP, GOLD }

    public static CodingSource parse(String raw) {
        String s = raw == null || raw.isBlank() ? "me" : raw.trim();
        if (s.equals("me")) {
            return new CodingSource(Kind.ME, null);
        }
        if (s.equals("all")) {
            return new CodingSource(Kind.ALL, null);
        }
        if (s.equals("majority")) {
            return new CodingSource(Kind.MAJORITY, null);
        }
        if (s.equals("gold")) {
            return new CodingSource(Kind.GOLD, null);
        }
        if (s.startsWith("majority:group:") && s.length() > "majority:group:".length()) {
            return new CodingSource(Kind.MAJORITY_OF_GROUP, s.substring("majority:group:".length()));
        }
        if (s.startsWith("user:") && s.length() > "user:".length()) {
            return new CodingSource(Kind.USER, s.substring("user:".length()));
        }
        if (s.startsWith("group:") && s.length() > "group:".length()) {
            return new CodingSource(Kind.GROUP, s.substring("group:".length()));
        }
        throw new InvalidInputException("source",
                "must be me, user:<name>, group:<name>, all, majority, majority:group:<name> or gold");
    }

    public String id() {
        return switch (kind) {
            case ME -> "me";
            case ALL -> "all";
            case MAJORITY -> "majority";
            case GOLD -> "gold";
            case USER -> "user:" + name;
            case GROUP -> "group:" + name;
            case MAJORITY_OF_GROUP -> "majority:group:" + name;
        };
    }

    boolean isMajority() {
        return kind == Kind.MAJORITY || kind == Kind.MAJORITY_OF_GROUP;
    }
}
