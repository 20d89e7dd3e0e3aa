package app.kasus.security.ui;

/** The account page's form for a new API token: its name and lifetime in days; public because Binder reads records reflectively. */
public record TokenForm(String name, Integer days) {
}
