package app.kasus.codebook;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

public enum Actor {
    US, DPRK, ROK, PRC, UN, OTHER;

    /** The identifier used in the API: the abbreviation, or "other". */
    public String id() {
        return this == OTHER ? "other" : name();
    }

    public static Optional<Actor> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(a -> a.name().equals(id.trim().toUpperCase(Locale.ROOT))).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Actor::id).collect(Collectors.joining(", "));
    }
}
