package app.kasus.security;

import java.time.Instant;

/**
 * One sign-in attempt as the audit log shows it: the name as typed (folded to lower case), the client's address,
 * and the outcome ({@code SUCCESS}, {@code BAD_CREDENTIALS}, {@code LOCKED}, {@code DISABLED}, {@code REFUSED}).
 */
public record SignInEvent(long id, Instant occurred, String username, String remoteAddress, String outcome) {
}
