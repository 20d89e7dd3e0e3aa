package app.kasus.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/** The results table every benchmark of a run writes to, {@code target/benchmarks.md}, and the budget check. */
public final class BenchmarkResults {

    private static final Path OUT = Path.of("target/benchmarks.md");
    private static boolean started;

    private BenchmarkResults() {
    }

    public static synchronized void record(String what, int size, double millis, double budget) {
        try {
            if (!started) {
                Files.createDirectories(OUT.getParent());
                Files.write(OUT, List.of("| what | size | median | budget |", "|---|---|---|---|"));
                started = true;
            }
            Files.writeString(OUT, String.format(Locale.ROOT, "| %s | %,d | %.1f ms | %.0f ms |%n", what, size, millis,
                    budget), StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(millis).as(what + " within its budget").isLessThan(budget);
    }

    /** Median wall time in milliseconds of {@code runs} runs after {@code warmup} unmeasured ones. */
    public static <T> double medianMillis(int warmup, int runs, Supplier<T> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(times);
        return times[runs / 2];
    }
}
