package app.kasus.review.api;

import app.kasus.base.Csv;
import app.kasus.review.AgreementFigures;
import java.util.List;
import java.util.Locale;

/**
 * Agreement figures in long form for R or Python: one row per code and measure (Cohen's kappa one row per pair of
 * coders), the value empty where it is undefined. Every name goes through {@link Csv#cell}.
 */
final class AgreementCsv {

    static final String HEADER = "code,measure,coder_a,coder_b,units,coders,value\r\n";

    private AgreementCsv() {
    }

    static String of(List<AgreementFigures> figures) {
        StringBuilder out = new StringBuilder(HEADER);
        for (AgreementFigures f : figures) {
            for (AgreementFigures.PairwiseKappa pair : f.cohenKappa()) {
                row(out, f, "cohen_kappa", pair.a(), pair.b(), pair.kappa());
            }
            row(out, f, "fleiss_kappa", "", "", f.fleissKappa());
            row(out, f, "krippendorff_alpha", "", "", f.krippendorffAlpha());
            row(out, f, "unitizing_alpha", "", "", f.unitizingAlpha());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, AgreementFigures f, String measure, String a, String b, Double value) {
        out.append(Csv.cell(f.code())).append(',').append(measure).append(',').append(Csv.cell(a)).append(',')
                .append(Csv.cell(b)).append(',').append(f.units()).append(',')
                .append(Csv.cell(String.join(" ", f.coders()))).append(',')
                .append(value == null ? "" : String.format(Locale.ROOT, "%.4f", value)).append("\r\n");
    }
}
