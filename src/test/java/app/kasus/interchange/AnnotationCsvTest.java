package app.kasus.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV export: header, RFC 4180 quoting and line ends, the formula guard, Unicode and empty cells. */
class AnnotationCsvTest {

    private static String csv(List<ExportedAnnotation> rows) throws IOException {
        StringWriter out = new StringWriter();
        AnnotationCsv.write(rows, out);
        return out.toString();
    }

    private static List<CSVRecord> parse(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(text)).getRecords();
    }

    @Test
    void headerIsSnakeCaseAndLinesEndInCrLf() throws IOException {
        String text = csv(List.of(WebAnnotationSchemaTest.row(1, 0, 11, "concession", null, null, null, null)));
        assertThat(text).startsWith("case,passage_id,section,language,start,end,quote,code,actor,addressee,stage,"
                + "valence,event_date,note,responds_to,coder,groups,created,modified\r\n");
        assertThat(text.split("\r\n", -1)).hasSize(3).endsWith("");
        assertThat(text).doesNotContain("\uFEFF");
    }

    @Test
    void emptyCellsForNullAndIsoTimes() throws IOException {
        CSVRecord r = parse(csv(List.of(WebAnnotationSchemaTest.row(1, 0, 11, "concession", null, null, null,
                null)))).get(0);
        assertThat(r.get("case")).isEqualTo("3");
        assertThat(r.get("passage_id")).isEqualTo("7");
        assertThat(r.get("section")).isEqualTo("Pendahuluan");
        assertThat(r.get("quote")).isEqualTo("Korea Utara");
        assertThat(r.get("valence")).isEmpty();
        assertThat(r.get("event_date")).isEmpty();
        assertThat(r.get("note")).isEmpty();
        assertThat(r.get("responds_to")).isEmpty();
        assertThat(r.get("coder")).isEqualTo("siti");
        assertThat(r.get("groups")).isEqualTo("Seminar A");
        assertThat(r.get("created")).isEqualTo("2026-11-26T10:00:00Z");
        assertThat(r.get("modified")).isEqualTo("2026-11-26T10:05:00.123Z");
    }

    @Test
    void quotesCommasQuotesAndLineBreaksAndKeepsUnicode() throws IOException {
        String note = "Kata \"konsesi\", lalu\r\nbaris baru — 😀 ünïcödé";
        String text = csv(List.of(WebAnnotationSchemaTest.row(2, 23, 41, "signal", "negative",
                LocalDate.of(2019, 2, 28), note, 1L)));
        assertThat(text).contains("\"Kata \"\"konsesi\"\", lalu\r\nbaris baru — 😀 ünïcödé\"");
        CSVRecord r = parse(text).get(0);
        assertThat(r.get("note")).isEqualTo(note);
        assertThat(r.get("event_date")).isEqualTo("2019-02-28");
        assertThat(r.get("responds_to")).isEqualTo("1");
        assertThat(r.get("valence")).isEqualTo("negative");
    }

    @Test
    void formulaLikeTextIsDefusedButNumbersAreNot() throws IOException {
        for (String dangerous : List.of("=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx")) {
            CSVRecord r = parse(csv(List.of(WebAnnotationSchemaTest.row(2, 23, 41, "signal", "negative", null,
                    dangerous, null)))).get(0);
            assertThat(r.get("note")).as(dangerous).isEqualTo("'" + dangerous);
        }
        CSVRecord plain = parse(csv(List.of(WebAnnotationSchemaTest.row(2, 23, 41, "signal", "negative", null,
                "a = b", null)))).get(0);
        assertThat(plain.get("note")).isEqualTo("a = b");
        assertThat(plain.get("stage")).isEqualTo("2");
        assertThat(plain.get("start")).isEqualTo("23");
    }

    @Test
    void positionsCountCodePoints() throws IOException {
        int start = WebAnnotationSchemaTest.PASSAGE.text().indexOf("sebagai");
        CSVRecord r = parse(csv(List.of(WebAnnotationSchemaTest.row(4, start, start + 7, "concession", null, null,
                null, null)))).get(0);
        assertThat(Integer.parseInt(r.get("start"))).isEqualTo(start - 1);
        assertThat(Integer.parseInt(r.get("end"))).isEqualTo(start + 6);
        assertThat(r.get("quote")).isEqualTo("sebagai");
    }
}
