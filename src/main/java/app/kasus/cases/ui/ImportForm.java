package app.kasus.cases.ui;

/** What the importer chooses besides the file: the case's title and the body's language ("" = detect). */
public record ImportForm(String title, String language) {
}
