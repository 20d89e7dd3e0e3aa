package app.kasus.security;

/** How a sign-in attempt ended, as the audit log stores it (by name). */
public enum SignInOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED,
    REFUSED
}
