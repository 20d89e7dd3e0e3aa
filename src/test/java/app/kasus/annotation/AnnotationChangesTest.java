package app.kasus.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationRevision.Action;
import app.kasus.annotation.AnnotationRevision.FieldChange;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnnotationChangesTest {

    private static AnnotationData annotation(int start, String code, int stage, String note, Long respondsTo,
                                             LocalDate eventDate) {
        return new AnnotationData(7, 1, 3, start, start + 5, "quote", code, "DPRK", "US", stage, null, eventDate,
                note, respondsTo, "coder", 2, Instant.EPOCH, Instant.EPOCH, false, null);
    }

    @Test
    void namesEveryChangedFieldWithItsValuesBeforeAndAfter() {
        AnnotationData before = annotation(0, "concession", 1, null, 5L, null);
        AnnotationData after = annotation(2, "demand", 3, "why", null, LocalDate.of(2019, 2, 28));

        assertThat(AnnotationChanges.between(before, after)).containsExactly(
                new FieldChange("span", "3:0-5", "3:2-7"),
                new FieldChange("code", "concession", "demand"),
                new FieldChange("stage", "1", "3"),
                new FieldChange("eventDate", null, "2019-02-28"),
                new FieldChange("note", null, "why"),
                new FieldChange("respondsTo", "5", null));
    }

    @Test
    void anUnchangedAnnotationHasNoChangesWhateverItsVersionOrTimes() {
        AnnotationData before = annotation(0, "signal", 2, "n", null, null);
        AnnotationData after = new AnnotationData(7, 1, 3, 0, 5, "quote", "signal", "DPRK", "US", 2, null, null, "n",
                null, "someone else", 9, Instant.now(), Instant.now(), false, null);
        assertThat(AnnotationChanges.between(before, after)).isEmpty();
    }

    @Test
    void whatComesBackAfterADeletionWasRestored() {
        assertThat(AnnotationChanges.action(Action.UPDATED, Action.DELETED)).isEqualTo(Action.RESTORED);
        assertThat(AnnotationChanges.action(Action.CREATED, Action.DELETED)).isEqualTo(Action.RESTORED);
        assertThat(AnnotationChanges.action(Action.UPDATED, Action.UPDATED)).isEqualTo(Action.UPDATED);
        assertThat(AnnotationChanges.action(Action.CREATED, null)).isEqualTo(Action.CREATED);
        assertThat(AnnotationChanges.action(Action.DELETED, Action.DELETED)).isEqualTo(Action.DELETED);
    }
}
