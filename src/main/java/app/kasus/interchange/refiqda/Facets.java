package app.kasus.interchange.refiqda;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How an annotation's fields other than its code travel in REFI-QDA, which knows only codes: as codes of their own,
 * grouped under four codes that are not codable themselves, "Actor", "Addressee", "Stage" and "Valence". The member
 * codes are named "Actor: US", "Addressee: DPRK", "Stage 2: …" and "Valence: positive", so they read well in a QDA
 * tool's flat code list, and a selection carries one coding for its code and one for each facet.
 */
final class Facets {

    static final String ACTOR = "Actor";
    static final String ADDRESSEE = "Addressee";
    static final String STAGE = "Stage";
    static final String VALENCE = "Valence";

    private static final Pattern MEMBER = Pattern.compile("^(Actor|Addressee|Valence):\\s*(\\S.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern STAGE_MEMBER = Pattern.compile("^Stage\\s+(\\d+)\\b.*$", Pattern.CASE_INSENSITIVE);

    private Facets() {
    }

    static boolean isGroup(String name) {
        return name != null && (name.equalsIgnoreCase(ACTOR) || name.equalsIgnoreCase(ADDRESSEE)
                || name.equalsIgnoreCase(STAGE) || name.equalsIgnoreCase(VALENCE));
    }

    static String memberName(String group, String value) {
        return group + ": " + value;
    }

    static String stageName(int number, String name) {
        return STAGE + " " + number + (name == null || name.isBlank() ? "" : ": " + name);
    }

    /** A facet code's group (as spelt here) and value, read from its name; empty for any other code. */
    static Optional<Member> member(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Matcher stage = STAGE_MEMBER.matcher(name.strip());
        if (stage.matches()) {
            return Optional.of(new Member(STAGE, stage.group(1)));
        }
        Matcher m = MEMBER.matcher(name.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String group = switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "actor" -> ACTOR;
            case "addressee" -> ADDRESSEE;
            default -> VALENCE;
        };
        return Optional.of(new Member(group, m.group(2).strip()));
    }

    record Member(String group, String value) {
    }
}
