package app.kasus.cases;

import java.util.List;

/** Result of segmenting a text ({@link CaseCreation#segment}): sections in document order and the numbered notes. */
public record ParsedArticle(List<ParsedSection> sections, List<ParsedNote> notes) {

    public ParsedArticle {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }

    public int passageCount() {
        return sections.stream().mapToInt(s -> s.passages().size()).sum();
    }
}
