package app.kasus.roster;

/** One student of a roster file; {@code line} is the line a spreadsheet shows (the header is line 1). */
public record RosterRow(int line, String username, String displayName, String group) {
}
