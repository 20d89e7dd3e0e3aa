package app.kasus.cases;

import java.util.List;

/**
 * One paragraph. Footnote markers stay in the text as superscript digits; {@code notes} lists the
 * numbers of the notes the paragraph cites, in order.
 *
 * @param language BCP-47 tag of this paragraph's text (detected; its section's language when unsure)
 */
public record ParsedPassage(String text, List<Integer> notes, String language) {

    public ParsedPassage {
        notes = List.copyOf(notes);
    }
}
