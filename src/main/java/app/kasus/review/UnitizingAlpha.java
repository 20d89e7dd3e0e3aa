package app.kasus.review;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Krippendorff's unitizing alpha (αU) of one category on a continuum starting at 0: the same definition, and the
 * same arithmetic, as DKPro Statistics' {@code KrippendorffAlphaUnitizingAgreement} (which
 * {@code UnitizingAlphaTest} keeps as the oracle). The library walks all units of the study for every pair of raters
 * and adds up the expected disagreement gap by gap for every unit, so 30 coders with 100,000 spans took seconds;
 * here each rater's units are walked once per pair and the gap sums come from prefix sums over the sorted gaps.
 * <p>
 * Each rater's units must be sorted and must not overlap (the definition assumes that of one category).
 */
final class UnitizingAlpha {

    private static final BigDecimal THREE = new BigDecimal(3);

    private final long length;
    private final long[][] begins;
    private final long[][] lengths;

    /**
     * @param continuumLength where the continuum ends
     * @param ranges          per rater, that rater's units of the category as {begin, end}, sorted and disjoint
     */
    UnitizingAlpha(long continuumLength, List<List<long[]>> ranges) {
        this.length = continuumLength;
        this.begins = new long[ranges.size()][];
        this.lengths = new long[ranges.size()][];
        for (int r = 0; r < ranges.size(); r++) {
            List<long[]> units = ranges.get(r);
            begins[r] = new long[units.size()];
            lengths[r] = new long[units.size()];
            for (int i = 0; i < units.size(); i++) {
                begins[r][i] = units.get(i)[0];
                lengths[r][i] = units.get(i)[1] - units.get(i)[0];
            }
        }
    }

    /** 1 − observed / expected disagreement; 0 where both are equal, as the library answers. */
    double agreement() {
        double observed = observedDisagreement();
        double expected = expectedDisagreement();
        return observed == expected ? 0.0 : 1.0 - observed / expected;
    }

    /** Every pair of raters walked side by side over the stretches where either's unit or gap changes. */
    double observedDisagreement() {
        int raters = begins.length;
        double result = 0.0;
        for (int r1 = 0; r1 < raters; r1++) {
            for (int r2 = r1 + 1; r2 < raters; r2++) {
                result += pairDisagreement(r1, r2);
            }
        }
        result *= 2.0;
        result /= (double) (raters * (raters - 1) * (length * length));
        return result;
    }

    private double pairDisagreement(int r1, int r2) {
        long[] b1 = begins[r1];
        long[] l1 = lengths[r1];
        long[] b2 = begins[r2];
        long[] l2 = lengths[r2];
        int next1 = 0;
        int next2 = 0;
        long offset1 = 0;
        long length1 = 0;
        long offset2 = 0;
        long length2 = 0;
        boolean unit1 = false;
        boolean unit2 = false;
        long pos = 0;
        double result = 0.0;
        // The library stops once both raters' units are used up, even before the end of the continuum.
        while (pos < length && (next1 < b1.length || next2 < b2.length)) {
            if (pos == offset1 + length1) {
                if (next1 < b1.length && pos == b1[next1]) {
                    length1 = l1[next1];
                    unit1 = true;
                    next1++;
                } else {
                    length1 = (next1 < b1.length ? b1[next1] : length) - pos;
                    unit1 = false;
                }
                offset1 = pos;
            }
            if (pos == offset2 + length2) {
                if (next2 < b2.length && pos == b2[next2]) {
                    length2 = l2[next2];
                    unit2 = true;
                    next2++;
                } else {
                    length2 = (next2 < b2.length ? b2[next2] : length) - pos;
                    unit2 = false;
                }
                offset2 = pos;
            }
            result += distance(offset1, length1, unit1, offset2, length2, unit2);
            pos = Math.min(offset1 + length1, offset2 + length2);
        }
        return result;
    }

    private static double distance(long offset1, long length1, boolean unit1, long offset2, long length2,
                                   boolean unit2) {
        long beginDiff = offset1 - offset2;
        long lengthDiff = length1 - length2;
        if (unit1 && unit2 && -length1 < beginDiff && beginDiff < length2) {
            return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff);
        } else if (unit1 && !unit2 && -lengthDiff >= beginDiff && beginDiff >= 0) {
            return length1 * length1;
        } else if (!unit1 && unit2 && -lengthDiff <= beginDiff && beginDiff <= 0) {
            return length2 * length2;
        }
        return 0.0;
    }

    /**
     * Over all unitizations of the continuum with the raters' units and gaps. Each unit adds a term that depends
     * only on its length and on the gaps at least as long, so units are grouped by length and the gaps are summed
     * from the longest down once. The library's rounding (each unit's first term divided by 3 to 34 digits, the
     * rest exact) is kept, so both give the same figure.
     */
    double expectedDisagreement() {
        int raters = begins.length;
        int unitCount = 0;
        long squaredLengths = 0;
        TreeMap<Long, Integer> unitsByLength = new TreeMap<>();
        for (long[] rater : lengths) {
            for (long l : rater) {
                unitCount++;
                squaredLengths += l * (l - 1);
                unitsByLength.merge(l, 1, Integer::sum);
            }
        }
        long[] gaps = gaps();
        Arrays.sort(gaps);
        long[] gapSumFrom = new long[gaps.length + 1];
        for (int i = gaps.length - 1; i >= 0; i--) {
            gapSumFrom[i] = gapSumFrom[i + 1] + gaps[i];
        }
        BigDecimal result = BigDecimal.ZERO;
        for (var entry : unitsByLength.entrySet()) {
            long length1 = entry.getKey();
            BigDecimal sum1 = new BigDecimal((unitCount - 1.0)
                    * (2.0 * length1 * length1 * length1 - 3.0 * length1 * length1 + length1))
                    .divide(THREE, MathContext.DECIMAL128);
            int from = firstAtLeast(gaps, length1);
            // Σ over gaps ≥ length1 of (gap − length1 + 1)
            BigDecimal sum2 = BigDecimal.valueOf(gapSumFrom[from])
                    .subtract(BigDecimal.valueOf(length1 - 1).multiply(BigDecimal.valueOf(gaps.length - from)))
                    .multiply(new BigDecimal(length1 * length1));
            result = result.add(sum1.add(sum2).multiply(BigDecimal.valueOf(entry.getValue())));
        }
        result = result.multiply(new BigDecimal(2).divide(new BigDecimal(length), MathContext.DECIMAL128));
        result = result.divide(new BigDecimal(raters * length * (raters * length - 1))
                .subtract(BigDecimal.valueOf(squaredLengths)), MathContext.DECIMAL128);
        return result.doubleValue();
    }

    /** Every rater's stretches between units (and before the first, after the last), as the library lists them. */
    private long[] gaps() {
        long[] gaps = new long[Arrays.stream(begins).mapToInt(b -> b.length + 1).sum()];
        int count = 0;
        for (int r = 0; r < begins.length; r++) {
            long pos = 0;
            for (int i = 0; i < begins[r].length; i++) {
                if (begins[r][i] > pos) {
                    gaps[count++] = begins[r][i] - pos;
                }
                pos = begins[r][i] + lengths[r][i];
            }
            if (pos < length) {
                gaps[count++] = length - pos;
            }
        }
        return Arrays.copyOf(gaps, count);
    }

    private static int firstAtLeast(long[] sorted, long value) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted[mid] < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
