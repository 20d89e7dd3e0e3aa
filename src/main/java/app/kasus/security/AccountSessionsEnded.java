package app.kasus.security;

/**
 * Published after a change that must sign a user out everywhere (disabled, password reset by someone else):
 * listeners end the user's sessions and send their open pages to the sign-in page.
 */
public record AccountSessionsEnded(String username) {
}
