package app.kasus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Structure a format already knows goes through the one segmentation path as given, not guessed from layout. */
class StructuredTextTest {

    private final ArticleParser parser = new ArticleParser();

    @Test
    void markedHeadingsParagraphsAndNotesBecomeSectionsPassagesAndNotes() {
        StructuredText text = new StructuredText();
        text.heading(1, "Judul Dokumen");
        text.heading(2, "Abstract");
        text.paragraph("This paragraph has no final full stop");
        text.heading(2, "Pendahuluan");
        String marker = text.noteMarker("Huang, C. 2019. Global concerns.");
        text.paragraph("Kalimat yang dikutip (Huang, 2019)." + marker + " Lalu kalimat lain");
        text.paragraph("lowercase start stays its own paragraph");
        text.heading(3, "Dampak Ekonomi");
        text.paragraph("Sanksi membuat ekonomi merosot.");

        ParsedArticle article = parser.parse(text.build(), "id");

        assertThat(article.sections()).extracting(ParsedSection::heading, ParsedSection::level, ParsedSection::language)
                .containsExactly(tuple("Abstract", 1, "en"), tuple("Pendahuluan", 1, "id"),
                        tuple("Dampak Ekonomi", 2, "id"));
        assertThat(article.sections().get(1).passages()).containsExactly(
                new ParsedPassage("Kalimat yang dikutip (Huang, 2019).¹ Lalu kalimat lain", List.of(1), "id"),
                new ParsedPassage("lowercase start stays its own paragraph", List.of(), "id"));
        assertThat(article.notes()).containsExactly(new ParsedNote(1, "Huang, C. 2019. Global concerns."));
    }

    @Test
    void marksInPlainTextAreNeutralised() {
        String plain = StructuredText.plain("\uE0001Not a heading\n\nA sentence.");
        ParsedArticle article = parser.parse(plain, "en");
        assertThat(article.sections()).allSatisfy(s -> assertThat(s.heading()).doesNotContain("\uE000"));
        assertThat(article.sections().stream().flatMap(s -> s.passages().stream()).map(ParsedPassage::text))
                .allSatisfy(t -> assertThat(t).doesNotContain("\uE000"));
    }
}
