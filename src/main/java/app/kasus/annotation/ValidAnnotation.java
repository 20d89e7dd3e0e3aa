package app.kasus.annotation;

import app.kasus.codebook.Valence;
import java.time.LocalDate;

/** An {@link AnnotationCommand} that passed every check, with the quote cut from the passage. */
record ValidAnnotation(long passageId, int start, int end, String quote, String code, String actor, String addressee,
                       int stage, Valence valence, LocalDate eventDate, String note, Long respondsTo) {
}
