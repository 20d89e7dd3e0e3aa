package app.kasus.roster;

/** What is wrong with one line of a roster ({@code line} 0 for the file as a whole) and in which field. */
public record RosterError(int line, String field, String error) {
}
