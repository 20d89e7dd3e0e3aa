package app.kasus.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.cases.PassageInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Matching imported selectors to passages: by position, by quote, disambiguated by context, or not at all. */
class QuoteMatcherTest {

    private static final PassageInfo ONE = new PassageInfo(1, 3, 1, 1, "S", "en",
            "the talks failed; the talks resumed; 😀 the end", List.of());
    private static final PassageInfo TWO = new PassageInfo(2, 3, 2, 1, "S", "en", "nothing about talks here",
            List.of());

    private static QuoteMatcher.Match found(QuoteMatcher.Outcome outcome) {
        assertThat(outcome).isInstanceOf(QuoteMatcher.Found.class);
        return ((QuoteMatcher.Found) outcome).match();
    }

    private static String notFound(QuoteMatcher.Outcome outcome) {
        assertThat(outcome).isInstanceOf(QuoteMatcher.NotFound.class);
        return ((QuoteMatcher.NotFound) outcome).reason();
    }

    @Test
    void prefixAndSuffixTellRepeatedQuotesApart() {
        QuoteMatcher.Match m = found(QuoteMatcher.find(new QuoteMatcher.Selectors("the talks", "failed; ", " resumed",
                null, null), List.of(ONE)));
        assertThat(m.start()).isEqualTo(ONE.text().indexOf("the talks resumed"));
    }

    @Test
    void anAmbiguousQuoteWithoutContextIsUnmatchedUnlessAPositionDecides() {
        assertThat(notFound(QuoteMatcher.find(new QuoteMatcher.Selectors("the talks", null, null, null, null),
                List.of(ONE, TWO)))).contains("2 times");
        QuoteMatcher.Match m = found(QuoteMatcher.find(new QuoteMatcher.Selectors("the talks", null, null, 17, 99),
                List.of(ONE)));
        assertThat(m.start()).isEqualTo(18);
    }

    @Test
    void positionsAreCodePoints() {
        int utf16 = ONE.text().indexOf("the end");
        QuoteMatcher.Match m = found(QuoteMatcher.find(new QuoteMatcher.Selectors("the end", null, null, utf16 - 1,
                utf16 + 6), List.of(ONE)));
        assertThat(m.start()).isEqualTo(utf16);
        assertThat(m.end()).isEqualTo(utf16 + 7);
    }

    @Test
    void aQuoteNowhereInTheTextIsUnmatched() {
        assertThat(notFound(QuoteMatcher.find(new QuoteMatcher.Selectors("peace treaty", null, null, null, null),
                List.of(ONE, TWO)))).contains("not found");
        assertThat(notFound(QuoteMatcher.find(new QuoteMatcher.Selectors(null, null, null, null, null),
                List.of(ONE)))).contains("neither");
    }

    @Test
    void aQuoteInOnePassageOfManyIsFoundThere() {
        QuoteMatcher.Match m = found(QuoteMatcher.find(new QuoteMatcher.Selectors("about", null, null, null, null),
                List.of(ONE, TWO)));
        assertThat(m.passage().id()).isEqualTo(2);
    }
}
