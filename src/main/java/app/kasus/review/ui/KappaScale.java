package app.kasus.review.ui;

import java.util.Locale;

/**
 * The colour scale of agreement figures: Landis and Koch's (1977) bands, the usual reading of kappa. Each band is a
 * CSS class of the theme and a name in words, so the colour is never the only way to read a cell.
 */
enum KappaScale {
    UNDEFINED(Double.NaN), POOR(0.0), SLIGHT(0.2), FAIR(0.4), MODERATE(0.6), SUBSTANTIAL(0.8), ALMOST_PERFECT(1.0);

    /** The band's upper bound (inclusive for all but POOR, whose bound 0 is exclusive). */
    private final double upTo;

    KappaScale(double upTo) {
        this.upTo = upTo;
    }

    static KappaScale of(Double value) {
        if (value == null || value.isNaN()) {
            return UNDEFINED;
        }
        if (value < 0) {
            return POOR;
        }
        for (KappaScale band : values()) {
            if (band != UNDEFINED && band != POOR && value <= band.upTo) {
                return band;
            }
        }
        return ALMOST_PERFECT;
    }

    String cssClass() {
        return "kappa-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The translation key of the band's name, e.g. {@code agreement.scale.fair}. */
    String labelKey() {
        return "agreement.scale." + name().toLowerCase(Locale.ROOT).replace("_p", "P");
    }
}
