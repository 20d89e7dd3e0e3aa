package app.kasus.review;

import app.kasus.review.AgreementFigures.PairwiseKappa;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dkpro.statistics.agreement.IChanceCorrectedAgreement;
import org.dkpro.statistics.agreement.InsufficientDataException;
import org.dkpro.statistics.agreement.coding.CodingAnnotationStudy;
import org.dkpro.statistics.agreement.coding.CohenKappaAgreement;
import org.dkpro.statistics.agreement.coding.FleissKappaAgreement;
import org.dkpro.statistics.agreement.coding.KrippendorffAlphaAgreement;
import org.dkpro.statistics.agreement.distance.NominalDistanceFunction;

/**
 * Agreement figures from plain data: the coding measures by DKPro Statistics, the unitizing alpha by
 * {@link UnitizingAlpha} (the library's definition, computed in a sweep). For the coding measures each passage is a
 * unit and a coder's value is 1 where any of their spans in it carries the code, else 0; the unitizing alpha
 * takes the spans themselves, placed on one continuum: the case's passages one after another.
 * <p>
 * The library answers undefined figures in several ways (an exception, NaN, or 0 where observed and expected
 * disagreement are both zero); every one of them becomes {@code null} here.
 */
final class AgreementCalculator {

    /** Values closer than this to a bound count as on it: chance agreement of 1 or chance disagreement of 0. */
    private static final double EPSILON = 1e-12;

    private static final Integer CODED = 1;
    private static final Integer NOT_CODED = 0;

    private AgreementCalculator() {
    }

    /** The figures for each code, over the same coders and passages. */
    static List<AgreementFigures> measure(List<String> codes, List<String> coders, List<PassageUnit> passages,
                                          List<CoderSpan> spans) {
        UnitizingStudy unitizing = unitizingStudy(coders, passages, spans);
        return codes.stream().map(code -> figures(code, coders, passages, spans, unitizing)).toList();
    }

    static AgreementFigures measure(String code, List<String> coders, List<PassageUnit> passages,
                                    List<CoderSpan> spans) {
        return measure(List.of(code), coders, passages, spans).get(0);
    }

    private static AgreementFigures figures(String code, List<String> coders, List<PassageUnit> passages,
                                            List<CoderSpan> spans, UnitizingStudy unitizing) {
        List<List<Object>> values = passageValues(code, coders, passages, spans);
        List<PairwiseKappa> pairs = new ArrayList<>();
        for (int a = 0; a < coders.size(); a++) {
            for (int b = a + 1; b < coders.size(); b++) {
                pairs.add(new PairwiseKappa(coders.get(a), coders.get(b), cohenKappa(column(values, a), column(values, b))));
            }
        }
        return new AgreementFigures(code, List.copyOf(coders), passages.size(), List.copyOf(pairs),
                fleissKappa(values), krippendorffAlpha(values), unitizingAlpha(unitizing, code));
    }

    /** Per passage, per coder: whether any of the coder's spans in the passage carries the code. */
    private static List<List<Object>> passageValues(String code, List<String> coders, List<PassageUnit> passages,
                                                    List<CoderSpan> spans) {
        Map<Long, Integer> passageIndex = new HashMap<>();
        for (int p = 0; p < passages.size(); p++) {
            passageIndex.putIfAbsent(passages.get(p).passageId(), p);
        }
        Map<String, Integer> coderIndex = new HashMap<>();
        for (int c = 0; c < coders.size(); c++) {
            coderIndex.putIfAbsent(coders.get(c), c);
        }
        boolean[][] coded = new boolean[passages.size()][coders.size()];
        for (CoderSpan span : spans) {
            Integer p = passageIndex.get(span.passageId());
            Integer c = coderIndex.get(span.coder());
            if (p != null && c != null && span.code().equals(code)) {
                coded[p][c] = true;
            }
        }
        List<List<Object>> values = new ArrayList<>();
        // A passage or coder named twice reads the row of its first place.
        for (PassageUnit passage : passages) {
            boolean[] row = coded[passageIndex.get(passage.passageId())];
            List<Object> unit = new ArrayList<>();
            for (String coder : coders) {
                unit.add(row[coderIndex.get(coder)] ? CODED : NOT_CODED);
            }
            values.add(unit);
        }
        return values;
    }

    private static List<Object> column(List<List<Object>> values, int coder) {
        return values.stream().map(unit -> unit.get(coder)).toList();
    }

    /** Cohen's kappa of two coders' values, unit by unit; {@code null} where undefined. */
    static Double cohenKappa(List<?> first, List<?> second) {
        if (first.size() != second.size()) {
            throw new IllegalArgumentException("both coders must rate the same units");
        }
        if (first.isEmpty()) {
            return null;
        }
        CodingAnnotationStudy study = new CodingAnnotationStudy(2);
        for (int i = 0; i < first.size(); i++) {
            study.addItem(first.get(i), second.get(i));
        }
        return chanceCorrected(new CohenKappaAgreement(study));
    }

    /** Fleiss' kappa; each inner list holds one unit's values, one per coder. */
    static Double fleissKappa(List<? extends List<?>> units) {
        if (units.isEmpty() || units.get(0).size() < 2) {
            return null;
        }
        return chanceCorrected(new FleissKappaAgreement(study(units)));
    }

    /** Krippendorff's alpha with the nominal distance; a {@code null} value is a unit the coder left out. */
    static Double krippendorffAlpha(List<? extends List<?>> units) {
        if (units.isEmpty() || units.get(0).size() < 2) {
            return null;
        }
        try {
            KrippendorffAlphaAgreement alpha = new KrippendorffAlphaAgreement(study(units), new NominalDistanceFunction());
            if (!(alpha.calculateExpectedDisagreement() > EPSILON)) {
                return null;
            }
            return defined(alpha.calculateAgreement());
        } catch (InsufficientDataException | ArithmeticException undefined) {
            return null;
        }
    }

    private static CodingAnnotationStudy study(List<? extends List<?>> units) {
        CodingAnnotationStudy study = new CodingAnnotationStudy(units.get(0).size());
        for (List<?> unit : units) {
            study.addItemAsArray(unit.toArray());
        }
        return study;
    }

    private static Double chanceCorrected(IChanceCorrectedAgreement measure) {
        try {
            if (!(measure.calculateExpectedAgreement() < 1 - EPSILON)) {
                return null;
            }
            return defined(measure.calculateAgreement());
        } catch (InsufficientDataException | ArithmeticException undefined) {
            return null;
        }
    }

    /**
     * One continuum for the whole case: each passage starts where the one before it ends. A coder's overlapping
     * spans of one code are joined into one unit, since the measure assumes a coder's units of a category never
     * overlap.
     */
    static UnitizingStudy unitizingStudy(List<String> coders, List<PassageUnit> passages, List<CoderSpan> spans) {
        Map<Long, PassageUnit> byId = new HashMap<>();
        Map<Long, Long> offsets = new HashMap<>();
        long length = 0;
        for (PassageUnit passage : passages) {
            byId.put(passage.passageId(), passage);
            offsets.put(passage.passageId(), length);
            length += passage.length();
        }
        Map<String, Integer> raters = new HashMap<>();
        for (int i = 0; i < coders.size(); i++) {
            raters.put(coders.get(i), i);
        }
        Map<String, List<List<long[]>>> byCode = new HashMap<>();
        for (CoderSpan span : spans) {
            PassageUnit passage = byId.get(span.passageId());
            Integer rater = raters.get(span.coder());
            if (passage == null || rater == null) {
                continue;
            }
            int start = Math.max(0, span.start());
            int end = Math.min(passage.length(), span.end());
            if (start < end) {
                long offset = offsets.get(span.passageId());
                byCode.computeIfAbsent(span.code(), k -> emptyPerRater(coders.size())).get(rater)
                        .add(new long[] {offset + start, offset + end});
            }
        }
        byCode.values().forEach(perRater -> perRater.replaceAll(AgreementCalculator::joinOverlapping));
        return new UnitizingStudy(coders.size(), length, byCode);
    }

    /** Each code's units per rater (sorted, disjoint) on a continuum of {@code length} characters. */
    record UnitizingStudy(int raters, long length, Map<String, List<List<long[]>>> unitsByCode) {
    }

    private static List<List<long[]>> emptyPerRater(int raters) {
        List<List<long[]>> perRater = new ArrayList<>(raters);
        for (int i = 0; i < raters; i++) {
            perRater.add(new ArrayList<>());
        }
        return perRater;
    }

    private static List<long[]> joinOverlapping(List<long[]> ranges) {
        List<long[]> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingLong((long[] r) -> r[0]));
        List<long[]> joined = new ArrayList<>();
        for (long[] range : sorted) {
            long[] last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && range[0] < last[1]) {
                last[1] = Math.max(last[1], range[1]);
            } else {
                joined.add(new long[] {range[0], range[1]});
            }
        }
        return joined;
    }

    /** Krippendorff's unitizing alpha of one category (code); {@code null} where undefined. */
    static Double unitizingAlpha(UnitizingStudy study, String category) {
        if (study.raters() < 2 || study.length() == 0) {
            return null;
        }
        try {
            UnitizingAlpha alpha = new UnitizingAlpha(study.length(),
                    study.unitsByCode().getOrDefault(category, emptyPerRater(study.raters())));
            // No unit of the code at all: the library answers 0, which would read as agreement at chance.
            if (!(alpha.expectedDisagreement() > EPSILON)) {
                return null;
            }
            return defined(alpha.agreement());
        } catch (ArithmeticException undefined) {
            return null;
        }
    }

    private static Double defined(double value) {
        return Double.isNaN(value) || Double.isInfinite(value) ? null : value;
    }
}
