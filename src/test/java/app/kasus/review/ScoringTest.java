package app.kasus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import app.kasus.base.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Constructed codings whose scores are worked out by hand, under both matching rules. */
class ScoringTest {

    private static final String CONCESSION = "concession";
    private static final String DEMAND = "demand";

    private long nextId = 1;

    private ScoredSpan span(long passage, int start, int end, String code, String actor) {
        return new ScoredSpan(nextId++, passage, start, end, code, actor);
    }

    private ScoredSpan concession(int start, int end) {
        return span(1, start, end, CONCESSION, "DPRK");
    }

    private static CoderScore score(List<ScoredSpan> gold, List<ScoredSpan> coded, MatchRule rule) {
        return Scoring.score("ana", gold, coded, rule);
    }

    private static void assertFigures(Figures f, int tp, int fp, int fn, Double precision, Double recall, Double f1) {
        assertThat(List.of(f.tp(), f.fp(), f.fn())).as("tp, fp, fn").containsExactly(tp, fp, fn);
        assertRatio(f.precision(), precision, "precision");
        assertRatio(f.recall(), recall, "recall");
        assertRatio(f.f1(), f1, "f1");
    }

    private static void assertRatio(Double actual, Double expected, String name) {
        if (expected == null) {
            assertThat(actual).as(name).isNull();
        } else {
            assertThat(actual).as(name).isNotNull();
            assertThat(actual).as(name).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void theSameSpanIsAHitUnderBothRules() {
        ScoredSpan gold = concession(10, 20);
        ScoredSpan coded = concession(10, 20);
        for (MatchRule rule : MatchRule.values()) {
            CoderScore score = score(List.of(gold), List.of(coded), rule);
            assertFigures(score.micro(), 1, 0, 0, 1.0, 1.0, 1.0);
            assertThat(score.matched()).containsExactly(new CoderScore.MatchedPair(gold, coded));
            assertThat(score.missed()).isEmpty();
            assertThat(score.added()).isEmpty();
        }
    }

    @Test
    void aSpanOffByOneCharacterMissesExactlyButHitsByOverlap() {
        ScoredSpan gold = concession(10, 20);
        ScoredSpan coded = concession(11, 20);

        CoderScore exact = score(List.of(gold), List.of(coded), MatchRule.EXACT);
        assertFigures(exact.micro(), 0, 1, 1, 0.0, 0.0, 0.0);
        assertThat(exact.missed()).containsExactly(gold);
        assertThat(exact.added()).containsExactly(coded);

        CoderScore overlap = score(List.of(gold), List.of(coded), MatchRule.OVERLAP);
        assertFigures(overlap.micro(), 1, 0, 0, 1.0, 1.0, 1.0);
        assertThat(overlap.missed()).isEmpty();
    }

    @Test
    void overlapNeedsHalfOfTheShorterSpan() {
        ScoredSpan gold = concession(0, 10);
        // 5 of the shorter span's 10 characters: exactly half.
        assertThat(Scoring.matches(MatchRule.OVERLAP, gold, concession(5, 20))).isTrue();
        // 4 of 10: just under half.
        assertThat(Scoring.matches(MatchRule.OVERLAP, gold, concession(6, 20))).isFalse();
        // An odd length: 5 of 9 is over half, 4 of 9 under.
        ScoredSpan odd = concession(0, 9);
        assertThat(Scoring.matches(MatchRule.OVERLAP, odd, concession(4, 30))).isTrue();
        assertThat(Scoring.matches(MatchRule.OVERLAP, odd, concession(5, 30))).isFalse();
        // The shorter span may be the coder's: 10 of its 20 characters lie in a long gold span.
        assertThat(Scoring.matches(MatchRule.OVERLAP, concession(0, 100), concession(90, 110))).isTrue();
        assertThat(Scoring.matches(MatchRule.OVERLAP, concession(0, 100), concession(91, 111))).isFalse();
        // Touching is not overlapping.
        assertThat(Scoring.matches(MatchRule.OVERLAP, concession(0, 1), concession(1, 2))).isFalse();

        CoderScore under = score(List.of(gold), List.of(concession(6, 20)), MatchRule.OVERLAP);
        assertFigures(under.micro(), 0, 1, 1, 0.0, 0.0, 0.0);
    }

    @Test
    void eachGoldSpanMatchesOneCodedSpanGreedilyByLargestOverlap() {
        ScoredSpan gold = concession(0, 10);
        ScoredSpan small = concession(0, 6);
        ScoredSpan large = concession(2, 10);

        CoderScore score = score(List.of(gold), List.of(small, large), MatchRule.OVERLAP);

        assertThat(score.matched()).containsExactly(new CoderScore.MatchedPair(gold, large));
        assertThat(score.added()).containsExactly(small);
        assertFigures(score.micro(), 1, 1, 0, 0.5, 1.0, 2.0 / 3);
    }

    @Test
    void aCodedSpanIsCreditedOnceAndTheSecondGoldSpanTakesTheOtherCandidate() {
        ScoredSpan first = concession(0, 10);
        ScoredSpan second = concession(5, 15);
        ScoredSpan whole = concession(0, 10);
        ScoredSpan tail = concession(3, 10);

        // whole shares 10 with first and 5 with second; tail shares 7 with first and 5 with second.
        CoderScore score = score(List.of(first, second), List.of(tail, whole), MatchRule.OVERLAP);

        assertThat(score.matched()).containsExactly(new CoderScore.MatchedPair(first, whole),
                new CoderScore.MatchedPair(second, tail));
        assertFigures(score.micro(), 2, 0, 0, 1.0, 1.0, 1.0);
    }

    @Test
    void equalOverlapsGoToTheSpanThatComesFirstInTheText() {
        ScoredSpan left = concession(0, 10);
        ScoredSpan right = concession(10, 20);
        ScoredSpan between = concession(5, 15);

        CoderScore score = score(List.of(right, left), List.of(between), MatchRule.OVERLAP);

        assertThat(score.matched()).containsExactly(new CoderScore.MatchedPair(left, between));
        assertThat(score.missed()).containsExactly(right);
        assertFigures(score.micro(), 1, 0, 1, 1.0, 0.5, 2.0 / 3);
    }

    @Test
    void identicalGoldSpansNeedTwoCodedSpansUnderTheExactRule() {
        ScoredSpan gold1 = concession(0, 10);
        ScoredSpan gold2 = concession(0, 10);
        ScoredSpan coded = concession(0, 10);

        CoderScore score = score(List.of(gold2, gold1), List.of(coded), MatchRule.EXACT);

        assertThat(score.matched()).containsExactly(new CoderScore.MatchedPair(gold1, coded));
        assertThat(score.missed()).containsExactly(gold2);
    }

    @Test
    void anotherActorCodeOrPassageIsNoMatch() {
        ScoredSpan gold = span(1, 0, 10, CONCESSION, "DPRK");
        for (ScoredSpan other : List.of(span(1, 0, 10, CONCESSION, "US"), span(1, 0, 10, DEMAND, "DPRK"),
                span(2, 0, 10, CONCESSION, "DPRK"))) {
            for (MatchRule rule : MatchRule.values()) {
                assertThat(Scoring.matches(rule, gold, other)).as(rule + " " + other).isFalse();
                CoderScore score = score(List.of(gold), List.of(other), rule);
                assertThat(score.micro().tp()).isZero();
                assertThat(score.missed()).containsExactly(gold);
                assertThat(score.added()).containsExactly(other);
            }
        }
    }

    @Test
    void aCodeAbsentFromGoldHasPrecisionZeroAndNoRecall() {
        ScoredSpan gold = concession(0, 10);
        ScoredSpan demand1 = span(1, 20, 30, DEMAND, "US");
        ScoredSpan demand2 = span(1, 40, 50, DEMAND, "US");

        CoderScore score = score(List.of(gold), List.of(concession(0, 10), demand1, demand2), MatchRule.EXACT);

        assertThat(score.codes()).containsOnlyKeys(CONCESSION, DEMAND);
        assertFigures(score.codes().get(DEMAND), 0, 2, 0, 0.0, null, null);
        assertFigures(score.codes().get(CONCESSION), 1, 0, 0, 1.0, 1.0, 1.0);
        assertFigures(score.micro(), 1, 2, 0, 1.0 / 3, 1.0, 0.5);
    }

    @Test
    void emptyGoldLeavesRecallUndefined() {
        CoderScore score = score(List.of(), List.of(concession(0, 10)), MatchRule.OVERLAP);

        assertFigures(score.micro(), 0, 1, 0, 0.0, null, null);
        assertFigures(score.codes().get(CONCESSION), 0, 1, 0, 0.0, null, null);
    }

    @Test
    void emptyCodingLeavesPrecisionUndefined() {
        ScoredSpan gold = concession(0, 10);

        CoderScore score = score(List.of(gold), List.of(), MatchRule.OVERLAP);

        assertFigures(score.micro(), 0, 0, 1, null, 0.0, null);
        assertThat(score.missed()).containsExactly(gold);
    }

    @Test
    void codesNeitherSideUsedAreListedWithoutFigures() {
        CoderScore score = Scoring.score("ana", List.of(), List.of(), MatchRule.EXACT, List.of(CONCESSION, "signal"));

        assertThat(score.codes()).containsOnlyKeys(CONCESSION, "signal");
        assertFigures(score.codes().get("signal"), 0, 0, 0, null, null, null);
        assertFigures(score.micro(), 0, 0, 0, null, null, null);
    }

    @Test
    void microAveragingSumsTheCountsOverCodesBeforeDividing() {
        List<ScoredSpan> gold = List.of(concession(0, 10), concession(20, 30), concession(40, 50),
                span(1, 60, 70, DEMAND, "US"), span(1, 80, 90, DEMAND, "US"), span(1, 100, 110, DEMAND, "US"));
        List<ScoredSpan> coded = List.of(concession(0, 10), concession(20, 30), concession(200, 210),
                span(1, 60, 70, DEMAND, "US"));

        CoderScore score = score(gold, coded, MatchRule.EXACT);

        assertFigures(score.codes().get(CONCESSION), 2, 1, 1, 2.0 / 3, 2.0 / 3, 2.0 / 3);
        assertFigures(score.codes().get(DEMAND), 1, 0, 2, 1.0, 1.0 / 3, 0.5);
        // 3 of 4 marked spans are right, 3 of 6 gold spans found: P = .75, R = .5, F1 = .6 (the macro mean of F1 is .583).
        assertFigures(score.micro(), 3, 1, 3, 0.75, 0.5, 0.6);
    }

    @Test
    void unmatchedSpansComeInTextOrder() {
        ScoredSpan late = span(2, 0, 5, CONCESSION, "DPRK");
        ScoredSpan early = span(1, 30, 35, CONCESSION, "DPRK");

        CoderScore score = score(List.of(late, early), List.of(), MatchRule.EXACT);

        assertThat(score.missed()).containsExactly(early, late);
    }

    @Test
    void f1IsZeroWhenPrecisionAndRecallAreZero() {
        assertFigures(Figures.of(0, 3, 2), 0, 3, 2, 0.0, 0.0, 0.0);
        assertFigures(Figures.of(1, 1, 0).plus(Figures.of(0, 0, 2)), 1, 1, 2, 0.5, 1.0 / 3, 0.4);
    }

    @Test
    void theRuleIsParsedFromItsNameAndABadOneNamesTheField() {
        assertThat(MatchRule.parse("match", "exact")).isEqualTo(MatchRule.EXACT);
        assertThat(MatchRule.parse("match", " Overlap ")).isEqualTo(MatchRule.OVERLAP);
        assertThat(MatchRule.parse("match", null)).isEqualTo(MatchRule.DEFAULT);
        assertThatThrownBy(() -> MatchRule.parse("match", "fuzzy")).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).field()).isEqualTo("match"));
    }
}
