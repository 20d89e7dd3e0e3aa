package app.kasus.review.api;

import app.kasus.review.AgreementFigures;
import app.kasus.review.AgreementService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Inter-coder agreement for scripts: the figures of one code as JSON, or of every code as CSV. {@code coders} is
 * a comma-separated list of usernames; without it, everyone who coded the case.
 */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Agreement", description = "Inter-coder agreement (instructors, researchers, administrators)")
class AgreementApi {

    private final AgreementService agreement;

    AgreementApi(AgreementService agreement) {
        this.agreement = agreement;
    }

    @Operation(summary = "Agreement on one code", description = "`null` where a figure is undefined.")
    @GetMapping("/agreement")
    AgreementFigures json(@PathVariable long caseId, @RequestParam(required = false) String code,
                          @RequestParam(required = false) String coders) {
        return agreement.measure(caseId, code, AgreementService.parseCoders(coders));
    }

    @Operation(summary = "Agreement on every code as CSV")
    @GetMapping(value = "/agreement.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long caseId, @RequestParam(required = false) String coders) {
        List<AgreementFigures> figures = agreement.measureAll(caseId, AgreementService.parseCoders(coders));
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename=\"agreement-" + caseId + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(AgreementCsv.of(figures));
    }
}
