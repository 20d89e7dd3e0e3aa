package app.kasus.annotation;

/** A coder submitted or withdrew their coding of a case, or an instructor locked or unlocked it. */
public record SubmissionChanged(long caseId, String username) {
}
