package app.kasus.annotation;

import app.kasus.codebook.Valence;
import java.time.LocalDate;

/**
 * A coder's annotation as the analyses read it (agreement, scores, assessment): where it lies and how it is coded,
 * without its quote, note, times or history. Read by one query straight into this record, so measuring a class's
 * 100,000 annotations loads no entities. {@code end} is exclusive; {@code author} the coder's user name.
 */
public record AnnotationSpan(long id, long passageId, int start, int end, String code, String actor,
                             String addressee, int stage, Valence valence, LocalDate eventDate, Long respondsTo,
                             String author) {
}
