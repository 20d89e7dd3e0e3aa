package app.kasus.review;

/**
 * Counts and the ratios built on them. A ratio whose denominator is zero is {@code null}, not 0: precision when the
 * coder marked nothing ({@code tp + fp = 0}), recall when gold holds nothing ({@code tp + fn = 0}). F1 is
 * {@code null} when precision or recall is, 0 when both are 0, else their harmonic mean.
 */
public record Figures(int tp, int fp, int fn, Double precision, Double recall, Double f1) {

    public static final Figures NONE = of(0, 0, 0);

    public static Figures of(int tp, int fp, int fn) {
        Double precision = ratio(tp, tp + fp);
        Double recall = ratio(tp, tp + fn);
        Double f1;
        if (precision == null || recall == null) {
            f1 = null;
        } else if (precision + recall == 0) {
            f1 = 0.0;
        } else {
            f1 = 2 * precision * recall / (precision + recall);
        }
        return new Figures(tp, fp, fn, precision, recall, f1);
    }

    public Figures plus(Figures other) {
        return of(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    private static Double ratio(int numerator, int denominator) {
        return denominator == 0 ? null : (double) numerator / denominator;
    }
}
