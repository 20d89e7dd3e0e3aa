package app.kasus.codebook;

import java.util.Locale;
import java.util.Optional;

/** What the assessment understands of a code; a codebook may have several codes of one kind. */
public enum CodeKind {
    CONCESSION, DEMAND, SIGNAL, OTHER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CodeKind> parse(String id) {
        if (id == null) {
            return Optional.empty();
        }
        for (CodeKind kind : values()) {
            if (kind.id().equalsIgnoreCase(id.trim())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
