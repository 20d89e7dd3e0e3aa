package app.kasus.interchange.refiqda;

import app.kasus.cases.ParsedArticle;
import app.kasus.cases.ParsedNote;
import app.kasus.cases.ParsedPassage;
import app.kasus.cases.ParsedSection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project Kasus exported carries its footnote markers as superscript digits already ("…(CNN, 2019a).⁴⁹"), which
 * the segmentation keeps as text without linking them to the notes (it links markers it converts itself). This
 * links each passage that names none to the notes its superscript markers name, so the passages cite their notes
 * again.
 */
final class NoteMarkers {

    private static final String SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NoteMarkers() {
    }

    static ParsedArticle link(ParsedArticle article) {
        Set<Integer> known = article.notes().stream().map(ParsedNote::number).collect(Collectors.toSet());
        if (known.isEmpty()) {
            return article;
        }
        List<ParsedSection> sections = new ArrayList<>();
        for (ParsedSection section : article.sections()) {
            List<ParsedPassage> passages = new ArrayList<>();
            for (ParsedPassage p : section.passages()) {
                passages.add(p.notes().isEmpty() ? new ParsedPassage(p.text(), markers(p.text(), known), p.language()) : p);
            }
            sections.add(new ParsedSection(section.heading(), section.level(), section.language(), passages));
        }
        return new ParsedArticle(sections, article.notes());
    }

    /** The numbers of the superscript digit runs in the text that are notes, in order of first mention. */
    static List<Integer> markers(String text, Set<Integer> known) {
        Set<Integer> found = new LinkedHashSet<>();
        int number = -1;
        for (int i = 0; i <= text.length(); i++) {
            int digit = i < text.length() ? SUPERSCRIPT_DIGITS.indexOf(text.charAt(i)) : -1;
            if (digit >= 0) {
                number = number < 0 ? digit : Math.min(number * 10 + digit, 1_000_000);
            } else if (number >= 0) {
                if (known.contains(number)) {
                    found.add(number);
                }
                number = -1;
            }
        }
        return List.copyOf(found);
    }
}
