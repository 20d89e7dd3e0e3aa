package app.kasus.assessment.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.assessment.ActorCounts;
import app.kasus.assessment.Assessment;
import app.kasus.assessment.AssessmentNarrator;
import app.kasus.assessment.StageAssessment;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** One Kupchan stage: its status, why (in plain words), the reciprocity index, counts per actor and evidence. */
final class StageCard extends Section {

    StageCard(long caseId, Assessment assessment, StageAssessment stage, Map<Long, AnnotationData> annotations,
              Names names, boolean showAuthors) {
        String status = stage.status().id();
        addClassNames("stage-card", "status-" + status);
        setId("stage-" + stage.stage());
        String name = names.stage(stage.stage());
        H2 heading = new H2(name.isEmpty() ? getTranslation("assessment.stageNumber", stage.stage())
                : getTranslation("assessment.stage", stage.stage(), name));
        // The status is spelled out, never shown by colour alone.
        Span badge = new Span(getTranslation("assessment.status." + status));
        badge.addClassNames("status-badge", "status-" + status);
        badge.getElement().setAttribute("data-status", status);
        Div header = new Div(heading, badge);
        header.addClassName("stage-header");
        add(header);

        // The narrator names the sides by their keys; the reader sees the codebook's names, as everywhere else.
        Paragraph explanation = new Paragraph(AssessmentNarrator.explain(assessment, stage,
                (key, args) -> getTranslation(key, Arrays.stream(args)
                        .map(arg -> arg instanceof String actor ? names.actor(actor) : arg).toArray())));
        explanation.addClassName("stage-explanation");
        Paragraph reciprocity = new Paragraph(getTranslation("assessment.reciprocity", index(stage)));
        reciprocity.addClassName("stage-reciprocity");
        add(explanation, reciprocity);

        if (stage.counts().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("assessment.noEvidence"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        List<List<String>> rows = stage.counts().entrySet().stream().map(e -> row(names, e)).toList();
        add(DataTable.of(getTranslation("assessment.countsCaption", stage.stage()), List.of(
                getTranslation("assessment.column.actor"), getTranslation("assessment.column.concessions"),
                getTranslation("assessment.column.demands"), getTranslation("assessment.column.positive"),
                getTranslation("assessment.column.negative")), rows, 1, 1));
        add(new EvidenceList(caseId, stage.evidence(), annotations, names, showAuthors));
    }

    private String index(StageAssessment stage) {
        NumberFormat format = NumberFormat.getNumberInstance(getLocale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(stage.reciprocityIndex());
    }

    private static List<String> row(Names names, Map.Entry<String, ActorCounts> entry) {
        ActorCounts c = entry.getValue();
        return List.of(names.actor(entry.getKey()), Integer.toString(c.concessions()), Integer.toString(c.demands()),
                Integer.toString(c.positiveSignals()), Integer.toString(c.negativeSignals()));
    }
}
