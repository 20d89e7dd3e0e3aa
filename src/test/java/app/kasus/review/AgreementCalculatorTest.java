package app.kasus.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The measures against examples with published answers, worked by hand below, and the cases where a measure is
 * undefined.
 */
class AgreementCalculatorTest {

    /** Repeats the pair {@code (a, b)} {@code times} times into the two coders' value lists. */
    private static void pairs(List<Object> first, List<Object> second, int times, Object a, Object b) {
        first.addAll(Collections.nCopies(times, a));
        second.addAll(Collections.nCopies(times, b));
    }

    @Test
    void cohensKappaOfTheTwoByTwoTextbookTable() {
        // Wikipedia, "Cohen's kappa", 50 grant proposals: both yes 20, A yes B no 5, A no B yes 10, both no 15.
        // p_o = 35/50 = 0.7; p_e = 0.5*0.6 + 0.5*0.4 = 0.5; kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        pairs(a, b, 20, "yes", "yes");
        pairs(a, b, 5, "yes", "no");
        pairs(a, b, 10, "no", "yes");
        pairs(a, b, 15, "no", "no");
        assertThat(AgreementCalculator.cohenKappa(a, b)).isCloseTo(0.4, offset(1e-9));
    }

    @Test
    void fleissKappaOfTheFourteenRatersExample() {
        // Wikipedia, "Fleiss' kappa": 10 subjects, 14 raters, 5 categories; P-bar = 0.378, P_e = 0.213, kappa = 0.210.
        int[][] counts = {
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
        List<List<Object>> units = new ArrayList<>();
        for (int[] subject : counts) {
            List<Object> values = new ArrayList<>();
            for (int category = 0; category < subject.length; category++) {
                values.addAll(Collections.nCopies(subject[category], category + 1));
            }
            assertThat(values).hasSize(14);
            units.add(values);
        }
        assertThat(AgreementCalculator.fleissKappa(units)).isCloseTo(0.210, offset(0.001));
    }

    @Test
    void krippendorffsAlphaOfHisDichotomousExample() {
        // Krippendorff, Content Analysis (2004), p. 224: two coders, ten units.
        // 6 ones and 14 zeros among n = 20 values; D_o = 8/20 = 0.4; D_e = 2*6*14/(20*19) = 0.442;
        // alpha = 1 - 0.4/0.442 = 0.095.
        int[] first = {1, 1, 0, 0, 0, 0, 0, 0, 0, 0};
        int[] second = {0, 1, 1, 0, 0, 1, 0, 1, 0, 0};
        List<List<Object>> units = new ArrayList<>();
        for (int i = 0; i < first.length; i++) {
            units.add(List.of(first[i], second[i]));
        }
        assertThat(AgreementCalculator.krippendorffAlpha(units)).isCloseTo(0.095, offset(0.001));
    }

    @Test
    void krippendorffsAlphaOfHisFourCoderExampleWithMissingValues() {
        // Krippendorff, "Computing Krippendorff's alpha-reliability" (2011): 4 observers, 12 units, some values
        // missing (null); nominal alpha = 0.743.
        Object[][] table = {
            {1, 1, null, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
            {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {null, 5, 5, 5}, {null, null, 1, 1}, {null, null, 3, null}};
        List<List<Object>> units = new ArrayList<>();
        for (Object[] row : table) {
            units.add(java.util.Arrays.asList(row));
        }
        assertThat(AgreementCalculator.krippendorffAlpha(units)).isCloseTo(0.743, offset(0.001));
    }

    // The case below: three passages of 10, 20 and 10 characters (a continuum of 40), coded by ann, ben and cat.
    private static final List<PassageUnit> PASSAGES =
            List.of(new PassageUnit(11, 10), new PassageUnit(12, 20), new PassageUnit(13, 10));

    private static CoderSpan span(String coder, long passage, int start, int end, String code) {
        return new CoderSpan(coder, passage, start, end, code);
    }

    @Test
    void identicalCodingAgreesPerfectly() {
        List<CoderSpan> spans = List.of(
                span("ann", 11, 2, 6, "demand"), span("ben", 11, 2, 6, "demand"),
                span("ann", 12, 0, 5, "concession"), span("ben", 12, 0, 5, "concession"));
        AgreementFigures demand = AgreementCalculator.measure("demand", List.of("ann", "ben"), PASSAGES, spans);
        assertThat(demand.units()).isEqualTo(3);
        assertThat(demand.cohenKappa()).singleElement().satisfies(p -> {
            assertThat(p.a()).isEqualTo("ann");
            assertThat(p.b()).isEqualTo("ben");
            assertThat(p.kappa()).isEqualTo(1.0);
        });
        assertThat(demand.fleissKappa()).isEqualTo(1.0);
        assertThat(demand.krippendorffAlpha()).isEqualTo(1.0);
        assertThat(demand.unitizingAlpha()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void passageValuesFeedTheCodingMeasures() {
        // Concession per passage: ann 1 1 0, ben 1 0 0, cat 1 1 0 (cat's second span is another code elsewhere).
        List<CoderSpan> spans = List.of(
                span("ann", 11, 0, 3, "concession"), span("ann", 12, 4, 9, "concession"),
                span("ben", 11, 5, 8, "concession"),
                span("cat", 11, 1, 2, "concession"), span("cat", 12, 0, 20, "concession"),
                span("cat", 13, 0, 4, "signal"));
        AgreementFigures f = AgreementCalculator.measure("concession", List.of("ann", "ben", "cat"), PASSAGES, spans);
        // ann/cat agree everywhere; ann/ben: p_o = 2/3, p_e = (2/3)(1/3) + (1/3)(2/3) = 4/9, kappa = (2/9)/(5/9) = 0.4.
        assertThat(f.kappa("ann", "cat")).contains(1.0);
        assertThat(f.kappa("ben", "ann")).hasValueSatisfying(k -> assertThat(k).isCloseTo(0.4, offset(1e-9)));
        assertThat(f.cohenKappa()).extracting(AgreementFigures.PairwiseKappa::a, AgreementFigures.PairwiseKappa::b)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ann", "ben"),
                        org.assertj.core.groups.Tuple.tuple("ann", "cat"),
                        org.assertj.core.groups.Tuple.tuple("ben", "cat"));
        // Fleiss: P_i = 1, 1/3, 1 -> P-bar = 7/9; p_1 = 5/9, p_0 = 4/9 -> P_e = 41/81; kappa = (7/9 - 41/81)/(40/81) = 0.55.
        assertThat(f.fleissKappa()).isCloseTo(0.55, offset(1e-9));
        // Krippendorff: n = 9 (5 ones, 4 zeros); D_o = 2*1*2/(3-1)/9 = 2/9; D_e = 2*5*4/(9*8) = 5/9; alpha = 0.6.
        assertThat(f.krippendorffAlpha()).isCloseTo(0.6, offset(1e-9));
    }

    @Test
    void unitizingAlphaPlacesSpansOnTheWholeCase() {
        // DKPro's unitizing example on a continuum of 10: one coder marks 1..9, the other 2..3, 4..5 and 6..7;
        // alpha = -0.7003. Here they lie in the middle one of three passages; the expected disagreement depends on
        // the continuum's length, so the passages around it are empty and the case is 10 characters long too.
        List<PassageUnit> passages = List.of(new PassageUnit(1, 0), new PassageUnit(2, 10), new PassageUnit(3, 0));
        List<CoderSpan> spans = List.of(span("ann", 2, 1, 9, "A"),
                span("ben", 2, 2, 3, "A"), span("ben", 2, 4, 5, "A"), span("ben", 2, 6, 7, "A"));
        assertThat(AgreementCalculator.measure("A", List.of("ann", "ben"), passages, spans).unitizingAlpha())
                .isCloseTo(-0.7003, offset(0.0001));
    }

    @Test
    void unitizingAlphaCountsSpansByTheirPlaceInTheCase() {
        // The same offsets in different passages are different places: no overlap at all, alpha below zero.
        List<CoderSpan> spans = List.of(span("ann", 11, 2, 6, "demand"), span("ben", 13, 2, 6, "demand"));
        Double alpha = AgreementCalculator.measure("demand", List.of("ann", "ben"), PASSAGES, spans).unitizingAlpha();
        assertThat(alpha).isNotNull().isLessThan(0.0);
    }

    @Test
    void overlappingSpansOfOneCoderCountAsTheirUnion() {
        List<CoderSpan> joined = List.of(span("ann", 12, 2, 8, "demand"), span("ann", 12, 5, 12, "demand"),
                span("ben", 12, 2, 12, "demand"));
        assertThat(AgreementCalculator.measure("demand", List.of("ann", "ben"), PASSAGES, joined).unitizingAlpha())
                .isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void undefinedMeasuresAreNull() {
        List<CoderSpan> spans = List.of(span("ann", 11, 0, 3, "concession"));
        AgreementFigures alone = AgreementCalculator.measure("concession", List.of("ann"), PASSAGES, spans);
        assertThat(alone.cohenKappa()).isEmpty();
        assertThat(alone.fleissKappa()).isNull();
        assertThat(alone.krippendorffAlpha()).isNull();
        assertThat(alone.unitizingAlpha()).isNull();

        // Nobody used the code: every value is 0, nothing varies.
        AgreementFigures unused = AgreementCalculator.measure("signal", List.of("ann", "ben"), PASSAGES, spans);
        assertThat(unused.kappa("ann", "ben")).isEmpty();
        assertThat(unused.cohenKappa()).singleElement().extracting(AgreementFigures.PairwiseKappa::kappa).isNull();
        assertThat(unused.fleissKappa()).isNull();
        assertThat(unused.krippendorffAlpha()).isNull();
        assertThat(unused.unitizingAlpha()).isNull();

        // Both coded every passage with the code: all values 1, again no variance.
        List<CoderSpan> everywhere = new ArrayList<>();
        for (PassageUnit p : PASSAGES) {
            everywhere.add(span("ann", p.passageId(), 0, 1, "demand"));
            everywhere.add(span("ben", p.passageId(), 0, 1, "demand"));
        }
        AgreementFigures constant = AgreementCalculator.measure("demand", List.of("ann", "ben"), PASSAGES, everywhere);
        assertThat(constant.cohenKappa().get(0).kappa()).isNull();
        assertThat(constant.fleissKappa()).isNull();
        assertThat(constant.krippendorffAlpha()).isNull();

        AgreementFigures noPassages = AgreementCalculator.measure("demand", List.of("ann", "ben"), List.of(), List.of());
        assertThat(noPassages.units()).isZero();
        assertThat(noPassages.cohenKappa().get(0).kappa()).isNull();
        assertThat(noPassages.fleissKappa()).isNull();
        assertThat(noPassages.krippendorffAlpha()).isNull();
        assertThat(noPassages.unitizingAlpha()).isNull();
    }
}
