package app.kasus.annotation;

import app.kasus.annotation.AnnotationRevision.Action;
import java.time.Instant;

/**
 * One change in a case, for the instructors' activity list: who ({@code user}; null: the application), when, what
 * ({@code subject} and {@code action}), which row ({@code itemId}), the annotation it concerns (null for codebook
 * entries) and a short detail: an annotation's code, a codebook entry's key or stage number.
 */
public record ActivityEntry(long revision, Instant time, String user, Subject subject, Action action, long itemId,
                            Long annotationId, String detail) {

    public enum Subject { ANNOTATION, COMMENT, FEEDBACK, CODE, ACTOR, STAGE }
}
