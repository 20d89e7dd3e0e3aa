package app.kasus.assessment.ui;

import app.kasus.codebook.Codebook;
import java.util.Locale;

/** Codebook names in the reader's language; a key the codebook does not know is shown as it is stored. */
record Names(Codebook codebook, Locale locale) {

    String actor(String key) {
        return key == null ? "" : codebook.actor(key).map(a -> a.name().in(locale)).orElse(key);
    }

    String code(String key) {
        return key == null ? "" : codebook.code(key).map(c -> c.name().in(locale)).orElse(key);
    }

    /** The stage's name, or empty when the codebook does not name it. */
    String stage(int number) {
        return codebook.stage(number).map(s -> s.name().in(locale)).orElse("");
    }
}
