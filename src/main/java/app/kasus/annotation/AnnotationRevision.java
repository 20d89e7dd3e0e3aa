package app.kasus.annotation;

import java.time.Instant;
import java.util.List;

/**
 * One recorded state of an annotation: what happened ({@code action}), who did it (null: the application, e.g. data
 * that existed before the history began), when, which fields changed from the state before (empty for a creation,
 * a deletion or a restore), and the annotation as it stood afterwards (as it was, for a deletion).
 */
public record AnnotationRevision(long revision, Instant time, String user, Action action, List<FieldChange> changes,
                                 AnnotationData state) {

    public enum Action { CREATED, UPDATED, DELETED, RESTORED }

    /** One field's values before and after, as text (null: no value). */
    public record FieldChange(String field, String before, String after) {
    }
}
