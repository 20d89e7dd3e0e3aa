package app.kasus.security.ui;

/** The password form's buffered object; public because Binder reads records reflectively. */
public record PasswordForm(String current, String next, String repeat) {
}
