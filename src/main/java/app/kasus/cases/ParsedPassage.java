package app.kasus.cases;

import java.util.List;

/**
 * One paragraph. Footnote markers stay in the text as superscript digits; {@code notes} lists the
 * numbers of the notes the paragraph cites, in order.
 */
record ParsedPassage(String text, List<Integer> notes) {

    ParsedPassage {
        notes = List.copyOf(notes);
    }
}
