package app.kasus.security;

/**
 * What the accounts need to know of a user's coding, implemented where annotations live (which depend on
 * accounts, not the other way round): an account with coding is never deleted, only disabled.
 */
public interface AccountUsage {

    long annotationCount(long userId);

    /**
     * Comments and feedback the user wrote on anyone's annotations: part of the discussion and the review, kept like
     * the coding.
     */
    long commentCount(long userId);
}
