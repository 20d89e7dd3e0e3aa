package app.kasus.assessment.api;

import app.kasus.base.Csv;
import app.kasus.assessment.ActorCounts;
import app.kasus.assessment.AssessmentEngine;
import app.kasus.assessment.api.AssessmentApi.AssessmentJson;
import app.kasus.assessment.api.AssessmentApi.StageJson;
import java.util.Locale;
import java.util.Map;

/** CSV for R / Python and a self-contained printable HTML page; every user-given text is escaped. */
final class AssessmentFormats {

    static final String RULES = AssessmentEngine.RULES;

    private AssessmentFormats() {
    }

    static String csv(AssessmentJson a) {
        StringBuilder out = new StringBuilder(
                "stage,stage_name,status,reciprocity_index,actor,concessions,demands,positive_signals,negative_signals,evidence\r\n");
        for (StageJson s : a.stages()) {
            if (s.counts().isEmpty()) {
                row(out, s, "", new ActorCounts(0, 0, 0, 0));
            }
            for (Map.Entry<String, ActorCounts> e : s.counts().entrySet()) {
                row(out, s, e.getKey(), e.getValue());
            }
        }
        return out.toString();
    }

    private static void row(StringBuilder out, StageJson s, String actor, ActorCounts c) {
        out.append(s.stage()).append(',').append(cell(s.name())).append(',').append(s.status()).append(',')
                .append(String.format(Locale.ROOT, "%.3f", s.reciprocityIndex())).append(',').append(cell(actor))
                .append(',').append(c.concessions()).append(',').append(c.demands()).append(',')
                .append(c.positiveSignals()).append(',').append(c.negativeSignals()).append(',')
                .append(cell(String.join(" ", s.evidence().stream().map(String::valueOf).toList()))).append("\r\n");
    }

    static String cell(String value) {
        return Csv.cell(value);
    }

    static String html(AssessmentJson a, String rules) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Kasus assessment</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;"
                + "line-height:1.5}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #999;"
                + "padding:.2rem .5rem;text-align:right}th:first-child,td:first-child{text-align:left}"
                + ".status{font-weight:bold}pre{white-space:pre-wrap}</style></head><body>");
        out.append("<h1>Assessment</h1><p>Source: ").append(esc(a.source())).append(". Coders: ")
                .append(esc(String.join(", ", a.coders()))).append(".</p>");
        if (a.dyad() != null) {
            out.append("<p>The two sides assessed: ").append(esc(a.dyad().first())).append(" and ")
                    .append(esc(a.dyad().second())).append(".</p>");
        }
        for (StageJson s : a.stages()) {
            out.append("<h2>Stage ").append(s.stage()).append(": ").append(esc(s.name())).append("</h2>")
                    .append("<p class=\"status\">").append(esc(s.status())).append("</p><p>")
                    .append(esc(s.explanation())).append("</p><p>Reciprocity index: ")
                    .append(String.format(Locale.ROOT, "%.2f", s.reciprocityIndex())).append("</p>");
            if (!s.counts().isEmpty()) {
                out.append("<table><tr><th>Actor</th><th>Concessions</th><th>Demands</th>"
                        + "<th>Positive signals</th><th>Negative signals</th></tr>");
                s.counts().forEach((actor, c) -> out.append("<tr><td>").append(esc(actor)).append("</td><td>")
                        .append(c.concessions()).append("</td><td>").append(c.demands()).append("</td><td>")
                        .append(c.positiveSignals()).append("</td><td>").append(c.negativeSignals())
                        .append("</td></tr>"));
                out.append("</table>");
            }
            out.append("<p>Evidence (annotation ids): ")
                    .append(esc(String.join(", ", s.evidence().stream().map(String::valueOf).toList())))
                    .append("</p>");
        }
        out.append("<h2>How the verdict is reached</h2><pre>").append(esc(rules)).append("</pre></body></html>");
        return out.toString();
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
