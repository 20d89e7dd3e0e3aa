package app.kasus.annotation;

import java.time.Instant;
import java.time.LocalDate;

/** A stored annotation as callers see it; codes and actors as their API identifiers. */
public record AnnotationData(long id, long caseId, long passageId, int start, int end, String quote, String code,
                             String actor, String addressee, int stage, String valence, LocalDate eventDate,
                             String note, Long respondsTo, String author, long version, Instant created,
                             Instant modified) {
}
