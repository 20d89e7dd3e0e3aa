package app.kasus.review;

/**
 * A span as scoring sees it: where it lies, its code and actor, and the annotation it came from so a score can
 * lead back to the text. {@code end} is exclusive, like an annotation's.
 */
public record ScoredSpan(long annotationId, long passageId, int start, int end, String code, String actor) {

    public int length() {
        return end - start;
    }

    /** Characters both spans cover; 0 for spans in different passages. */
    int overlap(ScoredSpan other) {
        if (passageId != other.passageId) {
            return 0;
        }
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    boolean sameCodeAndActor(ScoredSpan other) {
        return passageId == other.passageId && code.equals(other.code) && actor.equals(other.actor);
    }
}
