package app.kasus.codebook;

import java.util.Locale;
import java.util.Optional;

/** The default codebook's codes; the colours are colour-blind-safe (ColorBrewer Dark2). */
public enum Code {
    CONCESSION("#1b9e77"), DEMAND("#d95f02"), SIGNAL("#7570b3");

    private final String color;

    Code(String color) {
        this.color = color;
    }

    /** The identifier used in the API and in exports. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String color() {
        return color;
    }

    public static Optional<Code> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Code code : values()) {
            if (code.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }
}
