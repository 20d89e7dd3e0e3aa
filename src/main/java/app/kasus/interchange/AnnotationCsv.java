package app.kasus.interchange;

import app.kasus.annotation.AnnotationData;
import app.kasus.base.Csv;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The coding as a tidy table for R and pandas: one row per annotation, a snake_case header, RFC 4180 (comma,
 * CRLF, double quotes where a cell needs them), UTF-8 without a byte order mark ({@code readr::read_csv} and
 * {@code pandas.read_csv} read UTF-8 by default, while a BOM ends up in the first column's name for base R's
 * {@code read.csv}). Empty cells stand for "none"; times are ISO-8601 instants in UTC, dates ISO dates; start and end
 * count Unicode code points in the passage text, as R's {@code substr} and Python's slicing do.
 */
final class AnnotationCsv {

    static final List<String> HEADER = List.of("case", "passage_id", "section", "language", "start", "end", "quote",
            "code", "actor", "addressee", "stage", "valence", "event_date", "note", "responds_to", "coder", "groups",
            "created", "modified");

    /** Several groups of one coder share a cell, separated by this. */
    static final String GROUP_SEPARATOR = "; ";

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader(HEADER.toArray(String[]::new))
            .setQuoteMode(QuoteMode.MINIMAL)
            .setRecordSeparator("\r\n")
            .get();

    private AnnotationCsv() {
    }

    static void write(List<ExportedAnnotation> rows, Writer out) throws IOException {
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (ExportedAnnotation row : rows) {
                AnnotationData a = row.annotation();
                // Numbers go out as numbers: ids, positions and stages are never negative, so they never start
                // with a character the guard below is about, and a spreadsheet must still read them as numbers.
                printer.printRecord(a.caseId(), a.passageId(), text(row.passage().section()),
                        text(row.passage().language()), row.startCodePoint(), row.endCodePoint(), text(a.quote()),
                        text(a.code()), text(a.actor()), text(a.addressee()), a.stage(), text(a.valence()),
                        date(a.eventDate()), text(a.note()), a.respondsTo() == null ? "" : a.respondsTo(),
                        text(a.author()), text(String.join(GROUP_SEPARATOR, row.groups())), time(a.created()),
                        time(a.modified()));
            }
        }
    }

    /**
     * Every cell a coder could type is defused: a spreadsheet runs a cell starting with {@code = + - @}, a tab or a
     * carriage return as a formula (CSV injection), so such text gets a leading apostrophe, which spreadsheets hide
     * and R or pandas keep as a visible mark of the change. Text that only looks negative ({@code -5}) is text here
     * and is guarded too; real numbers never pass through this method.
     */
    static String text(String value) {
        return value == null ? "" : Csv.defuse(value);
    }

    private static String date(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : instant.toString();
    }
}
