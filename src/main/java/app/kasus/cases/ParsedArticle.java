package app.kasus.cases;

import java.util.List;

/** Result of {@link ArticleParser}: sections in document order and the numbered notes. */
record ParsedArticle(List<ParsedSection> sections, List<ParsedNote> notes) {

    ParsedArticle {
        sections = List.copyOf(sections);
        notes = List.copyOf(notes);
    }
}
