package app.kasus.security;

import java.time.Instant;

/**
 * One sign-in attempt as the audit log shows it: the name as typed (folded to lower case), the client's address,
 * and the outcome (a {@link SignInOutcome}'s name).
 */
public record SignInEvent(long id, Instant occurred, String username, String remoteAddress, String outcome) {
}
