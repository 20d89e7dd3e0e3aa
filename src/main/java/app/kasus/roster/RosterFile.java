package app.kasus.roster;

import app.kasus.base.Csv;
import app.kasus.base.InvalidInputException;
import app.kasus.group.GroupService;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a roster file: UTF-8 (with or without BOM), header {@code username,display_name,group}, comma or semicolon
 * (as a spreadsheet in a comma-decimal locale writes it), at most {@link #MAX_ROWS} students. Checks everything the
 * file alone can tell; whether an account exists already is the service's question.
 */
final class RosterFile {

    static final int MAX_ROWS = 500;
    /** Far above 500 rows of sensible names; stops a wrong file before it is decoded. */
    static final int MAX_BYTES = 1024 * 1024;
    static final List<String> HEADER = List.of("username", "display_name", "group");

    record Parsed(List<RosterRow> rows, List<RosterError> errors) {
    }

    private RosterFile() {
    }

    static Parsed parse(byte[] data) {
        List<RosterError> errors = new ArrayList<>();
        if (data == null || data.length == 0) {
            return fileError("the file is empty");
        }
        if (data.length > MAX_BYTES) {
            return fileError("the file is larger than " + (MAX_BYTES / 1024) + " KB; a roster has at most "
                    + MAX_ROWS + " rows");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
        } catch (CharacterCodingException e) {
            return fileError("the file is not UTF-8 text; save it from the spreadsheet as \"CSV UTF-8\"");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int firstLineEnd = text.indexOf('\n');
        String headerLine = firstLineEnd < 0 ? text : text.substring(0, firstLineEnd);
        char delimiter = headerLine.indexOf(';') >= 0 && headerLine.indexOf(',') < 0 ? ';' : ',';
        List<Csv.Record> records;
        try {
            records = Csv.parse(text, delimiter);
        } catch (InvalidInputException e) {
            return fileError(e.getMessage());
        }
        if (records.isEmpty()) {
            return fileError("the file is empty");
        }
        List<String> header = records.get(0).fields().stream().map(f -> f.strip().toLowerCase(Locale.ROOT)).toList();
        if (!header.equals(HEADER)) {
            return fileError("the first line must be the header username" + delimiter + "display_name" + delimiter
                    + "group, not " + String.join(String.valueOf(delimiter), records.get(0).fields()));
        }
        List<Csv.Record> body = records.subList(1, records.size());
        if (body.isEmpty()) {
            return fileError("the file has a header but no students");
        }
        if (body.size() > MAX_ROWS) {
            errors.add(new RosterError(0, "file", "too many rows: " + body.size() + " students, at most " + MAX_ROWS
                    + " in one import"));
        }
        List<RosterRow> rows = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (Csv.Record record : body) {
            int line = record.line();
            List<String> f = record.fields();
            if (f.size() != HEADER.size()) {
                errors.add(new RosterError(line, "row", "has " + f.size() + " fields, expected " + HEADER.size()
                        + " (username" + delimiter + "display_name" + delimiter + "group)"));
                continue;
            }
            String username = Usernames.normalize(f.get(0));
            String displayName = f.get(1).strip();
            String group = f.get(2).strip();
            Usernames.problem(username).ifPresent(p -> errors.add(new RosterError(line, "username",
                    (username.isEmpty() ? "empty: " : "\"" + f.get(0).strip() + "\" ") + p)));
            Integer earlier = username.isEmpty() ? null : firstLineOf.putIfAbsent(username, line);
            if (earlier != null) {
                errors.add(new RosterError(line, "username", username + " appears twice (also on line " + earlier + ")"));
            }
            if (displayName.isEmpty()) {
                errors.add(new RosterError(line, "display_name", "must not be empty"));
            } else if (displayName.length() > UserAccount.MAX_DISPLAY_NAME) {
                errors.add(new RosterError(line, "display_name", "must have at most " + UserAccount.MAX_DISPLAY_NAME
                        + " characters"));
            }
            if (group.isEmpty()) {
                errors.add(new RosterError(line, "group", "must not be empty"));
            } else {
                GroupService.nameProblem(group).ifPresent(p -> errors.add(new RosterError(line, "group", p)));
            }
            rows.add(new RosterRow(line, username, displayName, group));
        }
        return new Parsed(rows, errors);
    }

    private static Parsed fileError(String message) {
        return new Parsed(List.of(), List.of(new RosterError(0, "file", message)));
    }
}
