package app.kasus.security;

/** A one-time password just given to an account: shown once to whoever created or reset it, never stored in clear. */
public record IssuedPassword(AccountSummary account, String oneTimePassword) {
}
