package app.kasus.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void quotesWhatNeedsQuotingAndDisarmsFormulas() {
        assertThat(Csv.cell("plain")).isEqualTo("plain");
        assertThat(Csv.cell("Santoso, Budi")).isEqualTo("\"Santoso, Budi\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("-2")).isEqualTo("'-2");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void readsQuotedFieldsWithDelimitersLineBreaksAndQuotes() {
        List<Csv.Record> records = Csv.parse("a;\"b;c\";\"line\nbreak\"\n\"say \"\"hi\"\"\";x;y\n", ';');
        assertThat(records).containsExactly(
                new Csv.Record(1, List.of("a", "b;c", "line\nbreak")),
                new Csv.Record(3, List.of("say \"hi\"", "x", "y")));
    }

    @Test
    void skipsBlankLinesAndKeepsLineNumbers() {
        assertThat(Csv.parse("a,b\n\n , \nc,d", ',')).extracting(Csv.Record::line).containsExactly(1, 4);
    }

    @Test
    void anUnclosedQuoteNamesItsLine() {
        assertThatThrownBy(() -> Csv.parse("a,b\nc,\"d\n", ','))
                .isInstanceOf(InvalidInputException.class).hasMessage("line 2: a quoted field is never closed");
    }
}
