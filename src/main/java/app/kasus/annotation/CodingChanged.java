package app.kasus.annotation;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An annotation was created, changed or deleted ({@code annotationId} null when many changed at once, e.g. a code
 * merged in the codebook). Views showing the author's coding of that case refresh what they show.
 * {@code annotation}: the annotation as the change left it (as it was, for a delete), so an open view can show it
 * without asking the database; null when many changed. It stays on the node that made the change: another node
 * reads the event without it (a NOTIFY holds 8,000 bytes, a note alone may be longer) and asks for the passage.
 */
public record CodingChanged(long caseId, Long annotationId, long passageId, String author, Change change,
                            @JsonIgnore AnnotationData annotation) {

    public enum Change { CREATED, UPDATED, DELETED, MANY }

    /** A change whose annotation is not carried along: whoever shows it asks for the passage. */
    public CodingChanged(long caseId, Long annotationId, long passageId, String author, Change change) {
        this(caseId, annotationId, passageId, author, change, null);
    }
}
