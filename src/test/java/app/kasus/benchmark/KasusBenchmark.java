package app.kasus.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.assessment.Assessment;
import app.kasus.assessment.AssessmentEngine;
import app.kasus.assessment.CodedSpan;
import app.kasus.assessment.MajorityVote;
import app.kasus.testsupport.Browsers;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Speed of the parts that grow with the coding: the assessment engine, the majority vote and the passage
 * element with thousands of highlights. Run with {@code ./mvnw -Pbenchmark test}; results go to
 * {@code target/benchmarks.md} (copy them into docs/benchmarks.md). The budgets are checked here, never in
 * the ordinary test run, because timing depends on the machine.
 */
class KasusBenchmark {

    private static final String[] ACTORS = {"US", "DPRK", "ROK", "PRC", "UN", "other"};
    private static final CodedSpan.Kind[] KINDS = {CodedSpan.Kind.CONCESSION, CodedSpan.Kind.DEMAND, CodedSpan.Kind.SIGNAL};

    static List<CodedSpan> synthetic(int n, int coders, long seed) {
        Random random = new Random(seed);
        List<CodedSpan> spans = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            CodedSpan.Kind kind = KINDS[random.nextInt(KINDS.length)];
            int start = random.nextInt(900);
            spans.add(new CodedSpan(i + 1, random.nextInt(36), random.nextInt(36), start, start + 5 + random.nextInt(80),
                    kind, kind.name().toLowerCase(Locale.ROOT), ACTORS[random.nextInt(2)],
                    ACTORS[1 - random.nextInt(2)], 1 + random.nextInt(4),
                    kind == CodedSpan.Kind.SIGNAL ? CodedSpan.Valence.POSITIVE : null,
                    random.nextBoolean() ? LocalDate.of(2018, 1, 1).plusDays(random.nextInt(500)) : null,
                    i > 0 && random.nextInt(10) == 0 ? (long) random.nextInt(i) + 1 : null,
                    "coder" + random.nextInt(coders)));
        }
        return spans;
    }

    static <T> double medianMillis(int warmup, int runs, Supplier<T> work) {
        return BenchmarkResults.medianMillis(warmup, runs, work);
    }

    private static void record(String what, int size, double millis, double budget) {
        BenchmarkResults.record(what, size, millis, budget);
    }

    @Test
    void assessmentEngine() {
        for (int n : new int[] {10_000, 100_000}) {
            List<CodedSpan> spans = synthetic(n, 30, 42);
            Assessment[] result = new Assessment[1];
            double ms = medianMillis(3, 7, () -> result[0] = AssessmentEngine.assess(spans));
            assertThat(result[0].stages()).hasSize(4);
            record("AssessmentEngine.assess", n, ms, n == 10_000 ? 100 : 1_000);
        }
    }

    @Test
    void majorityVote() {
        List<CodedSpan> spans = synthetic(10_000, 30, 7);
        List<String> coders = IntStream.range(0, 30).mapToObj(i -> "coder" + i).toList();
        double ms = medianMillis(3, 7, () -> MajorityVote.combine(spans, coders));
        record("MajorityVote.combine (30 coders)", spans.size(), ms, 500);
    }

    @Test
    void passageElementRendersThousandsOfHighlights() {
        try (Playwright playwright = Playwright.create(); Browser browser = Browsers.launch(playwright)) {
            Page page = browser.newPage();
            page.setContent("<!DOCTYPE html><html><body></body></html>");
            page.addScriptTag(new Page.AddScriptTagOptions().setPath(Paths.get("frontend/components/kasus-passage.js")));
            for (int n : new int[] {1_000, 5_000}) {
                Object ms = page.evaluate("""
                        async n => {
                          const text = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit. '.repeat(40);
                          const hl = [];
                          for (let i = 0; i < n; i++) {
                            const s = (i * 37) % (text.length - 60);
                            hl.push({id: i + 1, start: s, end: s + 5 + (i % 50), color: ['#1b9e77', '#d95f02', '#7570b3'][i % 3], label: 'h' + i});
                          }
                          const times = [];
                          for (let r = 0; r < 5; r++) {
                            document.body.textContent = '';
                            const el = document.createElement('kasus-passage');
                            document.body.appendChild(el);
                            const t0 = performance.now();
                            el.text = text;
                            el.highlights = hl;
                            await null; // the element draws once, after the task that set its properties
                            el.getBoundingClientRect();
                            times.push(performance.now() - t0);
                          }
                          times.sort((a, b) => a - b);
                          return times[2];
                        }""", n);
                record("<kasus-passage> render with highlights (one passage)", n, ((Number) ms).doubleValue(), 1_000);
            }
        }
    }
}
