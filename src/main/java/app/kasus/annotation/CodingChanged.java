package app.kasus.annotation;

/**
 * An annotation was created, changed or deleted ({@code annotationId} null when many changed at once, e.g. a code
 * merged in the codebook). Views showing the author's coding of that case refresh what they show.
 */
public record CodingChanged(long caseId, Long annotationId, long passageId, String author, Change change) {

    public enum Change { CREATED, UPDATED, DELETED, MANY }
}
