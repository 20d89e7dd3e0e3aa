package app.kasus.annotation;

/**
 * A comment on the annotation was posted, edited or deleted. Views showing that annotation's thread, or marking
 * its highlight with a comment count, refresh it (their queries still check who may read it).
 */
public record CommentsChanged(long caseId, long annotationId) {
}
