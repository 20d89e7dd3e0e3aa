package app.kasus.annotation;

import java.time.Instant;

/** An annotation as it was when deleted, with when and by whom (null: the application), for restoring it. */
public record DeletedAnnotation(AnnotationData annotation, Instant deleted, String deletedBy) {
}
