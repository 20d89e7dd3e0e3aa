package app.kasus.annotation;

import app.kasus.annotation.AnnotationRevision.Action;
import app.kasus.annotation.AnnotationRevision.FieldChange;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** What changed between two recorded states of an annotation, field by field, and what a revision did. */
final class AnnotationChanges {

    /** The fields a coder changes, with the names the API and the translations use ("history.field.<name>"). */
    static final List<String> FIELDS = List.of("span", "code", "actor", "addressee", "stage", "valence", "eventDate",
            "note", "respondsTo");

    private AnnotationChanges() {
    }

    static List<FieldChange> between(AnnotationData before, AnnotationData after) {
        List<FieldChange> changes = new ArrayList<>();
        add(changes, "span", before, after, a -> a.passageId() + ":" + a.start() + "-" + a.end());
        add(changes, "code", before, after, AnnotationData::code);
        add(changes, "actor", before, after, AnnotationData::actor);
        add(changes, "addressee", before, after, AnnotationData::addressee);
        add(changes, "stage", before, after, a -> String.valueOf(a.stage()));
        add(changes, "valence", before, after, AnnotationData::valence);
        add(changes, "eventDate", before, after, a -> a.eventDate() == null ? null : a.eventDate().toString());
        add(changes, "note", before, after, AnnotationData::note);
        add(changes, "respondsTo", before, after, a -> a.respondsTo() == null ? null : a.respondsTo().toString());
        return changes;
    }

    /**
     * What a revision did, from its Envers type and the one before: a row that comes back after a deletion was
     * restored (a restore writes the old row back and then records it as changed, see {@link AnnotationHistory}).
     */
    static Action action(Action recorded, Action previous) {
        if (recorded != Action.DELETED && previous == Action.DELETED) {
            return Action.RESTORED;
        }
        return recorded;
    }

    private static void add(List<FieldChange> changes, String field, AnnotationData before, AnnotationData after,
                            Function<AnnotationData, String> value) {
        String was = value.apply(before);
        String is = value.apply(after);
        if (!Objects.equals(was, is)) {
            changes.add(new FieldChange(field, was, is));
        }
    }
}
