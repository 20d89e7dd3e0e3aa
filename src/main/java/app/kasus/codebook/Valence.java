package app.kasus.codebook;

import java.util.Locale;
import java.util.Optional;

/** Whether a signal conveys good or ill intent; only signals carry one. */
public enum Valence {
    POSITIVE, NEGATIVE;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Valence> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (Valence v : values()) {
            if (v.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
