package app.kasus.review;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.benchmark.BenchmarkResults;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;
import org.dkpro.statistics.agreement.unitizing.UnitizingAnnotationStudy;
import org.junit.jupiter.api.Test;

/**
 * The pure calculations behind the agreement and score pages over a class's coding: 30 coders, 100,000 spans on 36
 * passages of 1,000 characters, codes at random, spans of 5–44 characters (as the server benchmark loads them).
 * Part of {@code ./mvnw -Pbenchmark test}; the rows go to {@code target/benchmarks.md}.
 */
class AnalyticsBenchmark {

    private static final int SPANS = 100_000;
    private static final List<String> CODES = List.of("concession", "demand", "signal");
    private static final List<String> ACTORS = List.of("US", "DPRK");
    private static final List<String> CODERS = IntStream.range(0, 30).mapToObj(i -> "coder" + i).toList();
    private static final List<PassageUnit> PASSAGES = IntStream.range(0, 36)
            .mapToObj(i -> new PassageUnit(100 + i, 1_000)).toList();

    private record Coded(String coder, ScoredSpan span) {
    }

    private static List<Coded> synthetic(int n, long seed) {
        Random random = new Random(seed);
        List<Coded> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int start = random.nextInt(950);
            spans.add(new Coded(CODERS.get(i % CODERS.size()), new ScoredSpan(i + 1, 100 + random.nextInt(36), start,
                    start + 5 + random.nextInt(40), CODES.get(random.nextInt(3)), ACTORS.get(random.nextInt(2)))));
        }
        return spans;
    }

    @Test
    void agreementOfThirtyCodersOverAHundredThousandSpans() {
        List<CoderSpan> spans = synthetic(SPANS, 11).stream().map(c -> new CoderSpan(c.coder(), c.span().passageId(),
                c.span().start(), c.span().end(), c.span().code())).toList();
        AgreementFigures[] figures = new AgreementFigures[1];
        double ms = BenchmarkResults.medianMillis(3, 7,
                () -> figures[0] = AgreementCalculator.measure("concession", CODERS, PASSAGES, spans));
        assertThat(figures[0].cohenKappa()).hasSize(435);
        assertThat(figures[0].unitizingAlpha()).isNotNull();

        // Before: the library's unitizing alpha on the same units, once (it takes seconds); both must agree.
        List<List<long[]>> units = AgreementCalculator.unitizingStudy(CODERS, PASSAGES, spans).unitsByCode()
                .get("concession");
        UnitizingAnnotationStudy study = new UnitizingAnnotationStudy(CODERS.size(), 0, 36_000);
        for (int r = 0; r < units.size(); r++) {
            for (long[] unit : units.get(r)) {
                study.addUnit(unit[0], unit[1] - unit[0], r, "concession");
            }
        }
        long t0 = System.nanoTime();
        double library = new KrippendorffAlphaUnitizingAgreement(study).calculateCategoryAgreement("concession");
        double libraryMs = (System.nanoTime() - t0) / 1e6;
        assertThat(figures[0].unitizingAlpha()).isEqualTo(library);
        System.out.printf("DKPro unitizing alpha on the same %,d units: %.0f ms (one run)%n",
                units.stream().mapToInt(List::size).sum(), libraryMs);

        BenchmarkResults.record("AgreementCalculator.measure (30 coders, one code; DKPro's unitizing alpha alone: "
                + Math.round(libraryMs) + " ms)", SPANS, ms, 1_000);
    }

    @Test
    void scoresOfThirtyCodersAgainstThreeHundredGoldSpans() {
        List<Coded> coded = synthetic(SPANS, 12);
        List<ScoredSpan> gold = synthetic(300, 13).stream().map(Coded::span).toList();
        Map<String, List<ScoredSpan>> byCoder = new HashMap<>();
        coded.forEach(c -> byCoder.computeIfAbsent(c.coder(), k -> new ArrayList<>()).add(c.span()));
        @SuppressWarnings("unchecked")
        List<CoderScore>[] scores = new List[1];
        double ms = BenchmarkResults.medianMillis(3, 7, () -> scores[0] = CODERS.stream()
                .map(c -> Scoring.score(c, gold, byCoder.get(c), MatchRule.OVERLAP, CODES)).toList());
        assertThat(scores[0]).hasSize(30);
        assertThat(scores[0].stream().mapToInt(s -> s.micro().tp()).sum()).isPositive();
        BenchmarkResults.record("Scoring.score (30 coders, 300 gold spans, overlap)", SPANS, ms, 1_000);
    }
}
