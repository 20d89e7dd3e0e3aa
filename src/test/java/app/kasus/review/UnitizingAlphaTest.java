package app.kasus.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/**
 * Our sweep gives DKPro Statistics' unitizing alpha, observed and expected disagreement to the last bit, on many
 * random studies: few and many raters, sparse and dense units, units touching each other and the continuum's ends.
 */
class UnitizingAlphaTest {

    private static final String CATEGORY = "c";
    private static final String OTHER = "o";

    /** The library's figures, reachable from outside its package. */
    private static final class Oracle extends KrippendorffAlphaUnitizingAgreement {
        Oracle(UnitizingAnnotationStudy study) {
            super(study);
        }

        double observed() {
            return calculateObservedCategoryDisagreement(CATEGORY);
        }

        double expected() {
            return calculateExpectedCategoryDisagreement(CATEGORY);
        }
    }

    @Test
    void equalsTheLibraryOnRandomStudies() {
        Random random = new Random(20261126);
        int compared = 0;
        for (int study = 0; study < 600; study++) {
            int raters = 2 + random.nextInt(study % 3 == 0 ? 12 : 4);
            long length = 1 + random.nextInt(study % 5 == 0 ? 20 : 400);
            int density = 1 + random.nextInt(6);
            UnitizingAnnotationStudy library = new UnitizingAnnotationStudy(raters, 0, length);
            List<List<long[]>> ours = new ArrayList<>();
            for (int r = 0; r < raters; r++) {
                List<long[]> units = randomUnits(random, length, density);
                ours.add(units);
                for (long[] unit : units) {
                    library.addUnit(unit[0], unit[1] - unit[0], r, CATEGORY);
                }
                // Units of another category, which the figures of this one must ignore.
                for (long[] unit : randomUnits(random, length, density)) {
                    library.addUnit(unit[0], unit[1] - unit[0], r, OTHER);
                }
            }
            Oracle oracle = new Oracle(library);
            UnitizingAlpha alpha = new UnitizingAlpha(length, ours);
            double expected = oracle.expected();
            assertThat(alpha.observedDisagreement()).as("observed, study %d", study).isEqualTo(oracle.observed());
            assertThat(alpha.expectedDisagreement()).as("expected, study %d", study).isEqualTo(expected);
            if (expected != 0) {
                assertThat(alpha.agreement()).as("alpha, study %d", study)
                        .isEqualTo(oracle.calculateCategoryAgreement(CATEGORY));
                compared++;
            }
        }
        assertThat(compared).as("studies with a defined alpha").isGreaterThan(500);
    }

    @Test
    void equalsTheLibraryOnThirtyCodersOverAWholeCase() {
        Random random = new Random(7);
        // Long enough for thousands of units; the library needs about two minutes for a whole case's 30,000.
        long length = 3_600;
        UnitizingAnnotationStudy library = new UnitizingAnnotationStudy(30, 0, length);
        List<List<long[]>> ours = new ArrayList<>();
        for (int r = 0; r < 30; r++) {
            List<long[]> units = randomUnits(random, length, 3);
            ours.add(units);
            units.forEach(u -> library.addUnit(u[0], u[1] - u[0], ours.size() - 1, CATEGORY));
        }
        Oracle oracle = new Oracle(library);
        UnitizingAlpha alpha = new UnitizingAlpha(length, ours);
        assertThat(ours.stream().mapToInt(List::size).sum()).isGreaterThan(2000);
        assertThat(alpha.observedDisagreement()).isEqualTo(oracle.observed());
        assertThat(alpha.expectedDisagreement()).isEqualTo(oracle.expected());
        assertThat(alpha.agreement()).isEqualTo(oracle.calculateCategoryAgreement(CATEGORY));
    }

    @Test
    void aRaterWithoutUnitsAndIdenticalRatersGiveTheLibrarysFigures() {
        UnitizingAnnotationStudy library = new UnitizingAnnotationStudy(3, 0, 10);
        library.addUnit(0, 4, 0, CATEGORY);
        library.addUnit(6, 4, 0, CATEGORY);
        library.addUnit(0, 4, 1, CATEGORY);
        library.addUnit(6, 4, 1, CATEGORY);
        List<List<long[]>> ours = List.of(List.of(new long[] {0, 4}, new long[] {6, 10}),
                List.of(new long[] {0, 4}, new long[] {6, 10}), List.of());
        Oracle oracle = new Oracle(library);
        UnitizingAlpha alpha = new UnitizingAlpha(10, ours);
        assertThat(alpha.observedDisagreement()).isEqualTo(oracle.observed()).isPositive();
        assertThat(alpha.agreement()).isEqualTo(oracle.calculateCategoryAgreement(CATEGORY));
    }

    /** Sorted, disjoint units; touching ones (one ends where the next begins) are frequent on purpose. */
    private static List<long[]> randomUnits(Random random, long length, int density) {
        List<long[]> units = new ArrayList<>();
        long pos = random.nextInt(3) == 0 ? 0 : random.nextInt((int) Math.min(length, 20));
        while (pos < length) {
            long end = Math.min(length, pos + 1 + random.nextInt(30));
            if (random.nextInt(density + 1) > 0) {
                units.add(new long[] {pos, end});
            }
            pos = end + (random.nextBoolean() ? 0 : random.nextInt(60));
        }
        return units;
    }
}
