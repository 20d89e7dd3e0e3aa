package app.kasus.assessment.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The dated annotations on a time line: one row per actor, one marker shape and colour per code. Chart.js's
 * time scale needs a date adapter the WebJar lacks, so x is a plain number of days since the earliest date and
 * {@code <kasus-chart>} prints it back as dates. The same annotations are listed in a table.
 */
final class TimelineChart extends Section {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Shapes as well as colours, so the codes stay apart for readers who do not see colour. */
    private static final String[] SHAPES = {"circle", "rect", "triangle", "rectRot", "star", "crossRot"};
    private static final int QUOTE_IN_TOOLTIP = 80;
    private static final String UNKNOWN_CODE_COLOR = "#888888";

    TimelineChart(List<AnnotationData> annotations, Names names) {
        addClassName("timeline-chart");
        add(new H2(getTranslation("assessment.timeline")));
        List<AnnotationData> dated = annotations.stream().filter(a -> a.eventDate() != null)
                .sorted(Comparator.comparing(AnnotationData::eventDate).thenComparingLong(AnnotationData::id))
                .toList();
        if (dated.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assessment.noTimeline"));
            none.addClassName("empty-state");
            none.setId("timeline-empty");
            add(none);
            return;
        }
        KasusChart chart = new KasusChart(getTranslation("assessment.timelineAlt"), config(dated, names));
        chart.setId("timeline-chart");
        add(chart);

        List<List<String>> rows = dated.stream().map(a -> List.of(a.eventDate().toString(), names.actor(a.actor()),
                names.actor(a.addressee()), names.code(a.code()), a.quote())).toList();
        Details table = new Details(getTranslation("assessment.timelineTable"),
                DataTable.of(getTranslation("assessment.timeline"), List.of(
                        getTranslation("assessment.column.date"), getTranslation("assessment.column.actor"),
                        getTranslation("assessment.column.addressee"), getTranslation("assessment.column.code"),
                        getTranslation("assessment.column.quote")), rows, 1, 5));
        table.setId("timeline-table");
        add(table);
    }

    private ObjectNode config(List<AnnotationData> dated, Names names) {
        LocalDate dayZero = dated.get(0).eventDate();
        ObjectNode config = JSON.createObjectNode().put("type", "scatter");
        config.putObject("kasus").put("dayZero", dayZero.toString());
        ArrayNode datasets = config.putObject("data").putArray("datasets");
        // Datasets (and so the legend) in codebook order, unknown codes after the known ones.
        List<String> codeOrder = names.codebook().codes().stream().map(CodeDef::key).toList();
        Map<String, List<AnnotationData>> byCode = new TreeMap<>(Comparator
                .comparingInt((String code) -> codeOrder.contains(code) ? codeOrder.indexOf(code) : codeOrder.size())
                .thenComparing(Comparator.naturalOrder()));
        for (AnnotationData a : dated) {
            byCode.computeIfAbsent(names.codebook().code(a.code()).map(CodeDef::key).orElse(a.code()),
                    code -> new ArrayList<>()).add(a);
        }
        int unknown = 0;
        for (Map.Entry<String, List<AnnotationData>> entry : byCode.entrySet()) {
            // A code keeps its shape (by codebook position) whatever else happens to be dated.
            int shape = codeOrder.indexOf(entry.getKey());
            ArrayNode points = dataset(datasets, entry.getKey(), shape >= 0 ? shape : codeOrder.size() + unknown++, names);
            for (AnnotationData a : entry.getValue()) {
                points.addObject().put("x", ChronoUnit.DAYS.between(dayZero, a.eventDate()))
                        .put("y", names.actor(a.actor())).put("label", tooltip(a, names));
            }
        }
        ObjectNode options = config.putObject("options").put("responsive", true).put("maintainAspectRatio", false);
        ObjectNode scales = options.putObject("scales");
        ObjectNode x = scales.putObject("x").put("type", "linear");
        x.putObject("ticks").put("precision", 0);
        x.putObject("title").put("display", true).put("text", getTranslation("assessment.column.date"));
        ArrayNode actors = scales.putObject("y").put("type", "category").put("offset", true).putArray("labels");
        actorsInCodebookOrder(dated, names).forEach(actors::add);
        options.putObject("plugins").putObject("legend").put("position", "bottom")
                .putObject("labels").put("usePointStyle", true);
        return config;
    }

    private static ArrayNode dataset(ArrayNode datasets, String code, int shape, Names names) {
        String color = names.codebook().code(code).map(CodeDef::color).orElse(UNKNOWN_CODE_COLOR);
        return datasets.addObject().put("label", names.code(code)).put("backgroundColor", color)
                .put("borderColor", color).put("pointStyle", SHAPES[shape % SHAPES.length])
                .put("pointRadius", 7).put("pointHoverRadius", 9).putArray("data");
    }

    /** Rows for the actors that occur, known ones in codebook order and unknown ones after them. */
    private static Set<String> actorsInCodebookOrder(List<AnnotationData> dated, Names names) {
        Set<String> present = new LinkedHashSet<>();
        dated.forEach(a -> present.add(a.actor()));
        Set<String> ordered = new LinkedHashSet<>();
        for (ActorDef actor : names.codebook().actors()) {
            if (present.remove(actor.key())) {
                ordered.add(names.actor(actor.key()));
            }
        }
        present.forEach(key -> ordered.add(names.actor(key)));
        return ordered;
    }

    private static String tooltip(AnnotationData a, Names names) {
        String quote = a.quote() == null ? "" : a.quote().strip();
        if (quote.length() > QUOTE_IN_TOOLTIP) {
            quote = quote.substring(0, QUOTE_IN_TOOLTIP - 1) + "…";
        }
        return names.code(a.code()) + " · " + names.actor(a.actor()) + " → " + names.actor(a.addressee())
                + ": “" + quote + "”";
    }
}
