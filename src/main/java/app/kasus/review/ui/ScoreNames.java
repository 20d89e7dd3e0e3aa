package app.kasus.review.ui;

import app.kasus.codebook.Codebook;
import java.util.Locale;

/** Codebook names and ratios as the reader's language writes them; a ratio with nothing to divide by is a dash. */
record ScoreNames(Codebook codebook, Locale locale, String undefined) {

    String code(String key) {
        return key == null ? "" : codebook.code(key).map(c -> c.name().in(locale)).orElse(key);
    }

    String actor(String key) {
        return key == null ? "" : codebook.actor(key).map(a -> a.name().in(locale)).orElse(key);
    }

    String ratio(Double value) {
        return value == null ? undefined : String.format(locale, "%.2f", value);
    }
}
