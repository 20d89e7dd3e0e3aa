package app.kasus.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Text for {@link CaseCreation#segment} from a format that already knows its structure (headings, paragraphs,
 * footnotes: HTML, Markdown, Word). Each part is marked with a character from Unicode's private use area, so
 * the one segmentation path takes it as given instead of guessing it from the layout, while unmarked text (plain
 * text, PDF) is still read by layout. The marks never reach a stored case.
 */
public final class StructuredText {

    static final char HEADING = '\uE000';
    static final char PARAGRAPH = '\uE001';
    static final char NOTE = '\uE002';
    static final char MARKER_START = '\uE003';
    static final char MARKER_END = '\uE004';
    private static final String MARKS = "" + HEADING + PARAGRAPH + NOTE + MARKER_START + MARKER_END;

    private record Part(char kind, int level, String text) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** A heading of the given outline level (1 = h1 / Heading 1). */
    public StructuredText heading(int level, String text) {
        String clean = clean(plain(text));
        if (!clean.isEmpty()) {
            parts.add(new Part(HEADING, Math.max(1, level), clean));
        }
        return this;
    }

    /** A paragraph; footnote markers in it come from {@link #noteMarker}. */
    public StructuredText paragraph(String text) {
        String clean = clean(text);
        if (!clean.replaceAll("[" + MARKER_START + MARKER_END + "\\d]", "").isBlank()) {
            parts.add(new Part(PARAGRAPH, 0, clean));
        }
        return this;
    }

    /** Adds a footnote and returns the marker to put into the paragraph that cites it; notes number 1, 2, 3... */
    public String noteMarker(String noteText) {
        notes.add(clean(plain(noteText)));
        return MARKER_START + Integer.toString(notes.size()) + MARKER_END;
    }

    public boolean isEmpty() {
        return parts.stream().noneMatch(p -> p.kind() == PARAGRAPH);
    }

    /**
     * The marked text. Heading levels are ranked: the highest level in use becomes a section (1), every lower one
     * a sub-section (2) — unless a level-1 heading appears once, before everything else, as a document's title
     * does: then it is left out (the reader offers it as the title) and the next level opens sections.
     */
    public String build() {
        TreeSet<Integer> levels = new TreeSet<>();
        parts.stream().filter(p -> p.kind() == HEADING).forEach(p -> levels.add(p.level()));
        List<Part> body = new ArrayList<>(parts);
        if (levels.size() > 1 && levels.first() == 1 && !body.isEmpty() && body.get(0).kind() == HEADING
                && body.get(0).level() == 1
                && body.stream().filter(p -> p.kind() == HEADING && p.level() == 1).count() == 1) {
            body.remove(0);
            levels.pollFirst();
        }
        StringBuilder out = new StringBuilder();
        for (Part part : body) {
            if (part.kind() == HEADING) {
                int rank = part.level() <= levels.first() ? 1 : 2;
                out.append(HEADING).append(rank).append(part.text());
            } else {
                out.append(PARAGRAPH).append(part.text());
            }
            out.append("\n\n");
        }
        for (int i = 0; i < notes.size(); i++) {
            out.append(NOTE).append(i + 1).append(' ').append(notes.get(i)).append("\n\n");
        }
        return out.toString();
    }

    /** Text from a source read by layout (plain text, PDF), with any of our marks it happens to hold taken out. */
    public static String plain(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(MARKS.indexOf(c) >= 0 ? ' ' : c);
        }
        return out.toString();
    }

    /** One line of text: our marks and line breaks from the source taken out, white space collapsed. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(MARKS.indexOf(c) >= 0 && !isOurMarker(text, i) ? ' ' : c);
        }
        return ArticleParser.clean(out);
    }

    /** Keeps a marker we produced ({@code MARKER_START digits MARKER_END}) intact inside a paragraph. */
    private static boolean isOurMarker(String text, int i) {
        char c = text.charAt(i);
        if (c == MARKER_START) {
            int j = i + 1;
            while (j < text.length() && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j > i + 1 && j < text.length() && text.charAt(j) == MARKER_END;
        }
        if (c == MARKER_END) {
            int j = i - 1;
            while (j >= 0 && Character.isDigit(text.charAt(j))) {
                j--;
            }
            return j < i - 1 && j >= 0 && text.charAt(j) == MARKER_START;
        }
        return false;
    }
}
