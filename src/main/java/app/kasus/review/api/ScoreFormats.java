package app.kasus.review.api;

import app.kasus.base.Csv;
import app.kasus.review.CoderScore;
import app.kasus.review.Figures;
import app.kasus.review.ScoreReport;
import java.util.Locale;
import java.util.Map;

/** Scores as CSV for R, Python or a spreadsheet: one row per coder and code, then the coder's micro average. */
final class ScoreFormats {

    static final String HEADER = "match,coder,level,code,tp,fp,fn,precision,recall,f1\r\n";

    private ScoreFormats() {
    }

    /** An undefined ratio is an empty cell, which R and pandas read as missing, not as 0. */
    static String csv(ScoreReport report) {
        StringBuilder out = new StringBuilder(HEADER);
        String match = report.rule().id();
        for (CoderScore score : report.scores()) {
            for (Map.Entry<String, Figures> code : score.codes().entrySet()) {
                row(out, match, score.coder(), "code", code.getKey(), code.getValue());
            }
            row(out, match, score.coder(), "micro", "", score.micro());
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String match, String coder, String level, String code, Figures f) {
        out.append(match).append(',').append(Csv.cell(coder)).append(',').append(level).append(',')
                .append(Csv.cell(code)).append(',').append(f.tp()).append(',').append(f.fp()).append(',')
                .append(f.fn()).append(',').append(ratio(f.precision())).append(',').append(ratio(f.recall()))
                .append(',').append(ratio(f.f1())).append("\r\n");
    }

    private static String ratio(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.4f", value);
    }
}
