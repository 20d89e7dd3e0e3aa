package app.kasus.annotation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored annotation as callers see it; codes and actors as their API identifiers. {@code gold}: a span of the
 * case's reference coding (its author is the instructor who last wrote it); {@code acceptedFrom}: the coder
 * annotation a gold span was copied from, if any.
 */
public record AnnotationData(long id, long caseId, long passageId, int start, int end, String quote, String code,
                             String actor, String addressee, int stage, String valence, LocalDate eventDate,
                             String note, Long respondsTo, String author, long version, Instant created,
                             Instant modified, boolean gold, Long acceptedFrom) {

    /** "gold" or "coder", as the API names the layer. */
    @JsonProperty("layer")
    public String layer() {
        return gold ? "gold" : "coder";
    }
}
