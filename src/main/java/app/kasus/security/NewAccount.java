package app.kasus.security;

/** What a form, the API or a roster row asks for; the username is folded to lower case when stored. */
public record NewAccount(String username, String displayName, Role role) {
}
