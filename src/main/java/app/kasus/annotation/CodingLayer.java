package app.kasus.annotation;

import app.kasus.base.InvalidInputException;

/**
 * Whose coding a view or request shows: {@code mine}, {@code group} (the viewer and their groupmates), {@code all}
 * (everyone the viewer may see; for a student the same as group), {@code user:<name>} or {@code gold} (the case's
 * reference coding, see {@link GoldService}). The same words in the reading view's {@code ?show=} and the API's
 * {@code ?scope=}.
 */
public record CodingLayer(Kind kind, String user) {

    public enum Kind { MINE, GROUP, ALL, USER, GOLD }

    public static final CodingLayer MINE = new CodingLayer(Kind.MINE, null);
    public static final CodingLayer GOLD = new CodingLayer(Kind.GOLD, null);

    public static CodingLayer parse(String field, String value) {
        String v = value == null || value.isBlank() ? "mine" : value.strip();
        return switch (v) {
            case "mine" -> MINE;
            case "group" -> new CodingLayer(Kind.GROUP, null);
            case "all" -> new CodingLayer(Kind.ALL, null);
            case "gold" -> GOLD;
            default -> {
                if (v.startsWith("user:") && v.length() > "user:".length()) {
                    yield new CodingLayer(Kind.USER, v.substring("user:".length()));
                }
                throw new InvalidInputException(field, "must be mine, group, all, gold or user:<name>");
            }
        };
    }

    public String id() {
        return kind == Kind.USER ? "user:" + user : kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
