package app.kasus.assessment.ui;

import app.kasus.assessment.ActorCounts;
import app.kasus.assessment.StageAssessment;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/** Concessions, demands and signals per actor and stage: a bar chart, and the same figures as a table. */
final class CountsChart extends Section {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Used when the codebook has no code of a kind; a negative signal has no code colour of its own. */
    private static final String[] FALLBACK = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a"};
    private static final String NEGATIVE_SIGNAL = "#e7298a";

    private record Series(String label, String color, ToIntFunction<ActorCounts> value) {
    }

    private record Bar(int stage, String actor, ActorCounts counts) {
    }

    CountsChart(List<StageAssessment> stages, Names names) {
        addClassName("counts-chart");
        add(new H2(getTranslation("assessment.chart")));
        List<Bar> bars = new ArrayList<>();
        for (StageAssessment stage : stages) {
            for (Map.Entry<String, ActorCounts> e : stage.counts().entrySet()) {
                bars.add(new Bar(stage.stage(), e.getKey(), e.getValue()));
            }
        }
        if (bars.isEmpty()) {
            // Only codes the assessment does not count (kind "other"): nothing to draw.
            Paragraph none = new Paragraph(getTranslation("assessment.noCounts"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        List<Series> series = List.of(
                new Series(getTranslation("assessment.column.concessions"), color(names, CodeKind.CONCESSION, 0),
                        ActorCounts::concessions),
                new Series(getTranslation("assessment.column.demands"), color(names, CodeKind.DEMAND, 1),
                        ActorCounts::demands),
                new Series(getTranslation("assessment.column.positive"), color(names, CodeKind.SIGNAL, 2),
                        ActorCounts::positiveSignals),
                new Series(getTranslation("assessment.column.negative"), NEGATIVE_SIGNAL,
                        ActorCounts::negativeSignals));

        KasusChart chart = new KasusChart(getTranslation("assessment.chartAlt"), config(bars, series, names));
        chart.setId("counts-chart");
        add(chart);

        List<String> headers = new ArrayList<>(List.of(getTranslation("assessment.column.stage"),
                getTranslation("assessment.column.actor")));
        series.forEach(s -> headers.add(s.label()));
        List<List<String>> rows = new ArrayList<>();
        for (Bar bar : bars) {
            List<String> row = new ArrayList<>(List.of(Integer.toString(bar.stage()), names.actor(bar.actor())));
            series.forEach(s -> row.add(Integer.toString(s.value().applyAsInt(bar.counts()))));
            rows.add(row);
        }
        Details table = new Details(getTranslation("assessment.table"),
                DataTable.of(getTranslation("assessment.table"), headers, rows, 2, 2));
        table.setId("counts-table");
        add(table);
    }

    /** One bar group per stage and actor (labelled on two lines), one coloured series per kind of code. */
    private ObjectNode config(List<Bar> bars, List<Series> series, Names names) {
        ObjectNode config = JSON.createObjectNode().put("type", "bar");
        ObjectNode data = config.putObject("data");
        ArrayNode labels = data.putArray("labels");
        for (Bar bar : bars) {
            labels.addArray().add(getTranslation("assessment.stageNumber", bar.stage())).add(names.actor(bar.actor()));
        }
        ArrayNode datasets = data.putArray("datasets");
        for (Series s : series) {
            ObjectNode set = datasets.addObject().put("label", s.label()).put("backgroundColor", s.color());
            ArrayNode values = set.putArray("data");
            bars.forEach(bar -> values.add(s.value().applyAsInt(bar.counts())));
        }
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false);
        options.putObject("scales").putObject("y").put("beginAtZero", true).putObject("ticks").put("precision", 0);
        options.putObject("plugins").putObject("legend").put("position", "bottom");
        return config;
    }

    /** The colour of the codebook's first code of this kind, so bars match the highlights in the text. */
    private static String color(Names names, CodeKind kind, int fallback) {
        return names.codebook().codes().stream().filter(c -> c.kind() == kind).map(CodeDef::color).findFirst()
                .orElse(FALLBACK[fallback]);
    }
}
