package app.kasus.interchange.refiqda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.base.InvalidInputException;
import app.kasus.cases.PassageInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Selections (code points into a source) landing on the passages the segmentation made of the text. */
class CaseTextTest {

    /** Hard-wrapped, with an emoji: the segmentation joins the lines of a paragraph with a space. */
    private static final String TEXT = "Introduction\n\nThe talks \uD83D\uDE00 began\nin Hanoi   on a cold\nmorning.\n\n"
            + "Kim offered to close Yongbyon.\n";

    private static final PassageInfo FIRST = new PassageInfo(1, 9, 0, 1, "Introduction", "en",
            "The talks \uD83D\uDE00 began in Hanoi on a cold morning.", List.of());
    private static final PassageInfo SECOND = new PassageInfo(2, 9, 1, 1, "Introduction", "en",
            "Kim offered to close Yongbyon.", List.of());

    @Test
    void aSelectionAcrossALineBreakLandsOnTheJoinedPassage() {
        QdaProject.Source source = source(selection("began\nin Hanoi   on"));
        CaseText text = CaseText.of(List.of(source));
        text.locate(List.of(FIRST, SECOND));
        CaseText.Span span = text.span(source, source.selections().get(0), "s").orElseThrow();
        assertThat(span.passageId()).isEqualTo(1);
        assertThat(FIRST.text().substring(span.start(), span.end())).isEqualTo("began in Hanoi on");
    }

    @Test
    void whiteSpaceAtTheEndsIsSetAsideAndCrossingPassagesIsNoSpan() {
        QdaProject.Source source = source(selection("\n\nKim offered to close Yongbyon.\n"),
                selection("morning.\n\nKim"));
        CaseText text = CaseText.of(List.of(source));
        text.locate(List.of(FIRST, SECOND));
        CaseText.Span kim = text.span(source, source.selections().get(0), "s").orElseThrow();
        assertThat(SECOND.text().substring(kim.start(), kim.end())).isEqualTo("Kim offered to close Yongbyon.");
        assertThat(text.span(source, source.selections().get(1), "s")).isEmpty();
    }

    @Test
    void positionsOutsideTheSourceAreRefused() {
        QdaProject.Source source = source(new QdaProject.Selection("G", null, 5, 500, null, null, List.of(), List.of()));
        CaseText text = CaseText.of(List.of(source));
        assertThatThrownBy(() -> text.span(source, source.selections().get(0), "selection G"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("selection G runs from 5 to 500");
    }

    private static QdaProject.Selection selection(String quote) {
        int at = TEXT.indexOf(quote);
        int start = TEXT.codePointCount(0, at);
        return new QdaProject.Selection("G" + at, null, start, start + quote.codePointCount(0, quote.length()), null,
                null, List.of(), List.of());
    }

    private static QdaProject.Source source(QdaProject.Selection... selections) {
        return new QdaProject.Source("S", "hanoi.txt", TEXT, "en", List.of(selections));
    }
}
