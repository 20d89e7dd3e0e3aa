package app.kasus.annotation;

/**
 * Feedback on the annotation was written, edited, deleted or read. Carries the coder whose annotation it is, so only
 * that coder's views (and the instructors') need to refresh; their queries still check who may read it.
 */
public record FeedbackChanged(long caseId, long annotationId, String coder) {
}
