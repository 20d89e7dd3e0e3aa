package app.kasus.codebook;

import java.util.Locale;

/** A text in the two interface languages. */
public record Texts(String en, String id) {

    public Texts {
        en = en == null ? "" : en.strip();
        id = id == null ? "" : id.strip();
    }

    /** The Indonesian text for Indonesian readers when there is one, otherwise the English. */
    public String in(Locale locale) {
        return locale != null && "id".equals(locale.getLanguage()) && !id.isEmpty() ? id : en;
    }
}
