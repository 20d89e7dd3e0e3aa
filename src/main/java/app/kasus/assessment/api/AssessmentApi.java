package app.kasus.assessment.api;

import app.kasus.assessment.ActorCounts;
import app.kasus.assessment.AssessmentNarrator;
import app.kasus.assessment.AssessmentReport;
import app.kasus.assessment.AssessmentService;
import app.kasus.assessment.Balance;
import app.kasus.assessment.Dyad;
import app.kasus.assessment.StageAssessment;
import app.kasus.codebook.StageDef;
import com.vaadin.flow.i18n.I18NProvider;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The per-stage assessment for scripts (JSON, CSV) and for printing (HTML); always in English. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Assessment", description = "The per-stage assessment of a case's coding, in English")
class AssessmentApi {

    record StageJson(int stage, String name, String status, Map<String, ActorCounts> counts,
                     double reciprocityIndex, List<Long> evidence, String explanation) {
    }

    record AssessmentJson(String source, List<String> coders, Dyad dyad, List<StageJson> stages,
                          Map<String, Balance> balance) {
    }

    private static final Locale LANGUAGE = Locale.ENGLISH;

    private final AssessmentService assessments;
    private final I18NProvider i18n;

    AssessmentApi(AssessmentService assessments, I18NProvider i18n) {
        this.assessments = assessments;
        this.i18n = i18n;
    }

    @Operation(summary = "The per-stage assessment", description = "403 for a source the caller may not see.")
    @GetMapping("/assessment")
    AssessmentJson json(@PathVariable long caseId, @RequestParam(required = false) String source) {
        return toJson(assessments.assessFigures(caseId, source));
    }

    @Operation(summary = "The assessment as CSV, one row per stage and actor")
    @GetMapping(value = "/assessment.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long caseId, @RequestParam(required = false) String source) {
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"assessment-" + caseId + ".csv\"")
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .body(AssessmentFormats.csv(toJson(assessments.assessFigures(caseId, source))));
    }

    @Operation(summary = "The assessment as a printable page")
    @GetMapping(value = "/assessment.html", produces = MediaType.TEXT_HTML_VALUE)
    String html(@PathVariable long caseId, @RequestParam(required = false) String source) {
        return AssessmentFormats.html(toJson(assessments.assessFigures(caseId, source)), AssessmentFormats.RULES);
    }

    private AssessmentJson toJson(AssessmentReport report) {
        AssessmentNarrator.Translator t = (key, args) -> i18n.getTranslation(key, LANGUAGE, args);
        List<StageJson> stages = report.assessment().stages().stream()
                .map(s -> new StageJson(s.stage(), stageName(report, s), s.status().id(), s.counts(),
                        s.reciprocityIndex(), s.evidence(), AssessmentNarrator.explain(report.assessment(), s, t)))
                .toList();
        return new AssessmentJson(report.source(), report.coders(), report.assessment().dyad(), stages,
                report.assessment().balance());
    }

    private static String stageName(AssessmentReport report, StageAssessment stage) {
        return report.codebook().stage(stage.stage()).map(StageDef::name).map(n -> n.in(LANGUAGE))
                .orElse("Stage " + stage.stage());
    }
}
