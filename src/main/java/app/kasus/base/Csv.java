package app.kasus.base;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 CSV, read and written the one way every import and export of Kasus uses. */
public final class Csv {

    /** A record and the line of the file it starts on (1-based), so errors can name the line a spreadsheet shows. */
    public record Record(int line, List<String> fields) {
    }

    /** The first characters that make a spreadsheet read a cell as a formula. */
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private Csv() {
    }

    /** RFC 4180 quoting, and a leading quote for cells a spreadsheet would run as a formula. */
    public static String cell(String value) {
        String v = defuse(value == null ? "" : value);
        return v.matches("(?s).*[\",;\r\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    /**
     * A text cell a spreadsheet would run as a formula (starting with {@code = + - @}, a tab or a carriage return)
     * with a leading apostrophe, which spreadsheets show as "this is text"; any other text unchanged. For text only:
     * a number written through it would turn a negative value into text.
     */
    public static String defuse(String text) {
        return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /**
     * Splits text into records: fields separated by {@code delimiter}, optionally in double quotes (a quoted field
     * may hold the delimiter, line breaks and doubled quotes). Blank lines are skipped. An unclosed quote is an
     * {@link InvalidInputException} naming its line.
     */
    public static List<Record> parse(String text, char delimiter) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                wasQuoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == delimiter) {
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(wasQuoted ? field.toString() : field.toString().strip());
                addRecord(records, recordLine, fields);
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new InvalidInputException("file", "line " + quoteLine + ": a quoted field is never closed");
        }
        if (!field.isEmpty() || !fields.isEmpty() || wasQuoted) {
            fields.add(wasQuoted ? field.toString() : field.toString().strip());
            addRecord(records, recordLine, fields);
        }
        return records;
    }

    private static void addRecord(List<Record> records, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isEmpty);
        if (!blank) {
            records.add(new Record(line, List.copyOf(fields)));
        }
    }
}
