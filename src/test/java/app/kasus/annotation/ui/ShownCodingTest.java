package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.FeedbackService.FeedbackCount;
import app.kasus.annotation.LiveCoding;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules by which a reading view's coding follows live changes and partial reloads ({@link ShownCoding}). */
class ShownCodingTest {

    private static final String ME = "ana";
    private static final long CASE = 1;

    private final ShownCoding shown = new ShownCoding();
    private final List<Long> askedAgain = new ArrayList<>();

    @BeforeEach
    void aLayerWithMineAndAGroupmates() {
        shown.showMine(List.of(annotation(1, 10, ME, 0, null), annotation(2, 10, ME, 0, 1L)));
        shown.showOthers(List.of(annotation(1, 10, ME, 0, null), annotation(3, 20, "budi", 0, null),
                annotation(4, 30, "budi", 0, null)));
        shown.showCounts(Map.of(1L, 2L, 3L, 1L), Map.of(3L, new FeedbackCount(2, 1)));
    }

    @Test
    void theViewersOwnAreNeverKeptAsOthers() {
        assertThat(shown.isOwn(1)).isTrue();
        assertThat(shown.isOthers(1)).isFalse();
        assertThat(shown.ids()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        List<Long> inPassage10 = new ArrayList<>();
        shown.forEachIn(10, a -> inPassage10.add(a.id()), o -> inPassage10.add(o.id()));
        assertThat(inPassage10).containsExactly(1L, 2L);
    }

    @Test
    void anOtherCodersAnnotationMovedToAnotherPassageRedrawsBoth() {
        Set<Long> redraw = apply(CodingChanged.Change.UPDATED, annotation(3, 40, "budi", 1, null), true);
        assertThat(redraw).containsExactlyInAnyOrder(20L, 40L);
        assertThat(shown.passageOf(3)).isEqualTo(40);
    }

    @Test
    void aChangeOlderThanWhatIsShownOrTheSameChangesNothing() {
        apply(CodingChanged.Change.UPDATED, annotation(3, 40, "budi", 2, null), true);
        assertThat(apply(CodingChanged.Change.UPDATED, annotation(3, 20, "budi", 1, null), true)).isEmpty();
        assertThat(shown.passageOf(3)).isEqualTo(40);
        assertThat(apply(CodingChanged.Change.UPDATED, annotation(3, 40, "budi", 2, null), true)).isEmpty();

        AnnotationData mine = annotation(1, 11, ME, 3, null);
        assertThat(apply(CodingChanged.Change.UPDATED, mine, true)).containsExactlyInAnyOrder(10L, 11L);
        assertThat(apply(CodingChanged.Change.UPDATED, annotation(1, 10, ME, 2, null), true)).isEmpty();
        assertThat(shown.own(1)).isEqualTo(mine);
    }

    @Test
    void aChangeOutsideTheLayerTakesTheAnnotationAway() {
        Set<Long> redraw = apply(CodingChanged.Change.UPDATED, annotation(4, 30, "budi", 1, null), false);
        assertThat(redraw).containsExactly(30L);
        assertThat(shown.isOthers(4)).isFalse();
        assertThat(shown.passageOf(4)).isEqualTo(-1);
    }

    @Test
    void deletingForgetsTheCountsAndAsksAgainForTheAnswersPassages() {
        assertThat(apply(CodingChanged.Change.DELETED, annotation(3, 20, "budi", 1, null), true)).containsExactly(20L);
        assertThat(shown.comments(3)).isZero();
        assertThat(shown.feedback(3).total()).isZero();

        // Annotation 2 answers 1: the database unlinked it, which the event does not carry.
        apply(CodingChanged.Change.DELETED, annotation(1, 10, ME, 1, null), true);
        assertThat(shown.isOwn(1)).isFalse();
        assertThat(shown.comments(1)).isZero();
        assertThat(askedAgain).containsExactly(10L);
    }

    @Test
    void theViewersNewAnswerRedrawsWhatItAnswers() {
        AnnotationData answer = annotation(5, 50, ME, 0, 1L);
        assertThat(apply(CodingChanged.Change.CREATED, answer, true)).containsExactly(50L);
        AnnotationData answered = annotation(1, 10, ME, 1, null);
        assertThat(apply(CodingChanged.Change.UPDATED, answered, true)).as("its answers' tooltips name it")
                .containsExactlyInAnyOrder(10L, 50L);
    }

    @Test
    void passagesReadAgainReplaceWhatTheyShowedAndKeepTheRest() {
        // Passage 20 read again: annotation 3 is gone from it, 4 moved in from passage 30 (not read again).
        Set<Long> movedFrom = shown.reloaded(Set.of(20L), List.of(), List.of(annotation(4, 20, "budi", 1, null)),
                Map.of(4L, 5L, 77L, 1L), Map.of(77L, new FeedbackCount(1, 1)));
        assertThat(movedFrom).containsExactly(30L);
        assertThat(shown.isOthers(3)).isFalse();
        assertThat(shown.comments(3)).as("a count of what is gone goes too").isZero();
        assertThat(shown.feedback(3).total()).isZero();
        assertThat(shown.passageOf(4)).isEqualTo(20);
        assertThat(shown.comments(4)).isEqualTo(5);
        assertThat(shown.comments(1)).as("passage 10 was not read again").isEqualTo(2);
        assertThat(shown.isOwn(2)).isTrue();
        assertThat(shown.ids()).as("a count of an annotation not shown keeps nothing").doesNotContain(77L);
        assertThat(shown.comments(77)).isZero();
        assertThat(shown.feedback(77).total()).isZero();
    }

    @Test
    void readingEverythingAgainStartsFromNothing() {
        assertThat(shown.reloaded(null, List.of(annotation(2, 10, ME, 0, 1L)), List.of(), Map.of(), Map.of())).isEmpty();
        assertThat(shown.ids()).containsExactly(2L);
        assertThat(shown.comments(1)).isZero();
    }

    @Test
    void droppingOthersKeepsOnlyTheViewersCounts() {
        shown.dropOthers();
        assertThat(shown.ids()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(shown.comments(1)).isEqualTo(2);
        assertThat(shown.comments(3)).isZero();
        assertThat(shown.feedback(3).total()).isZero();
    }

    @Test
    void countsReadAgainReplaceTheShownOnesAndNoneMeansNone() {
        assertThat(shown.recounted(3, 4L, new FeedbackCount(0, 0))).isTrue();
        assertThat(shown.comments(3)).isEqualTo(4);
        assertThat(shown.feedback(3).total()).isZero();
        assertThat(shown.recounted(3, null, new FeedbackCount(3, 0))).isTrue();
        assertThat(shown.comments(3)).isZero();
        assertThat(shown.feedback(3).total()).isEqualTo(3);
        // An annotation the view does not show (another layer's) is not redrawn, and nothing is kept for it.
        assertThat(shown.recounted(99, 5L, null)).isFalse();
        assertThat(shown.comments(99)).isZero();
    }

    private Set<Long> apply(CodingChanged.Change kind, AnnotationData a, boolean inLayer) {
        CodingChanged event = new CodingChanged(CASE, a.id(), a.passageId(), a.author(), kind, a);
        return shown.apply(new LiveCoding.Change(event, true), ME, change -> inLayer, askedAgain::add);
    }

    private static AnnotationData annotation(long id, long passageId, String author, long version, Long respondsTo) {
        Instant at = Instant.parse("2026-11-27T00:00:00Z");
        return new AnnotationData(id, CASE, passageId, 0, 5, "quote", "concession", "DPRK", "US", 1, null, null, null,
                respondsTo, author, version, at, at, false, null);
    }
}
