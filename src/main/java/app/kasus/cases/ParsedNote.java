package app.kasus.cases;

/** A numbered footnote, its text on one line. */
public record ParsedNote(int number, String text) {
}
