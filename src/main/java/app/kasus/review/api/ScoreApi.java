package app.kasus.review.api;

import app.kasus.review.CoderScore;
import app.kasus.review.Figures;
import app.kasus.review.MatchRule;
import app.kasus.review.ScoreReport;
import app.kasus.review.ScoreService;
import app.kasus.review.ScoredSpan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Coders' scores against a case's gold coding, as JSON and as CSV. */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Scores", description = "Coders' scores against the gold coding")
class ScoreApi {

    /** A span that was not matched, enough to find it in the text: passage, offsets, and its annotation. */
    record SpanJson(long annotationId, long passageId, int start, int end, String code, String actor) {
        static SpanJson of(ScoredSpan s) {
            return new SpanJson(s.annotationId(), s.passageId(), s.start(), s.end(), s.code(), s.actor());
        }
    }

    record CoderJson(String coder, Map<String, Figures> codes, Figures micro, List<SpanJson> missed,
                     List<SpanJson> added) {
        static CoderJson of(CoderScore s) {
            return new CoderJson(s.coder(), s.codes(), s.micro(), s.missed().stream().map(SpanJson::of).toList(),
                    s.added().stream().map(SpanJson::of).toList());
        }
    }

    record ScoresJson(String match, List<CoderJson> coders) {
    }

    private final ScoreService scores;

    ScoreApi(ScoreService scores) {
        this.scores = scores;
    }

    @Operation(summary = "Scores against gold",
            description = "A student sees only their own, after the gold release (403 before).")
    @GetMapping("/scores")
    ScoresJson json(@PathVariable long caseId, @RequestParam(required = false) String match,
                    @RequestParam(required = false) String coders) {
        ScoreReport report = report(caseId, match, coders);
        return new ScoresJson(report.rule().id(), report.scores().stream().map(CoderJson::of).toList());
    }

    @Operation(summary = "Scores against gold as CSV")
    @GetMapping(value = "/scores.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long caseId, @RequestParam(required = false) String match,
                               @RequestParam(required = false) String coders) {
        ScoreReport report = report(caseId, match, coders);
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"scores-" + caseId + "-" + report.rule().id()
                        + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(ScoreFormats.csv(report));
    }

    private ScoreReport report(long caseId, String match, String coders) {
        MatchRule rule = MatchRule.parse("match", match);
        List<String> names = coders == null ? List.of() : Arrays.stream(coders.split(",")).map(String::strip)
                .filter(n -> !n.isEmpty()).toList();
        return scores.scores(caseId, rule, names);
    }
}
