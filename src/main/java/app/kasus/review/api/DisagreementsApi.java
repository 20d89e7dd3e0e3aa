package app.kasus.review.api;

import app.kasus.annotation.AnnotationData;
import app.kasus.review.Adjudication;
import app.kasus.review.AdjudicationService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Where chosen coders of a case differ, and accepting what they all agree on into gold in one step. */
@RestController
@RequestMapping("/api/cases/{caseId}/disagreements")
@Tag(name = "Disagreements", description = "Where chosen coders differ, and adjudication into gold")
class DisagreementsApi {

    private final AdjudicationService adjudication;

    DisagreementsApi(AdjudicationService adjudication) {
        this.adjudication = adjudication;
    }

    @Operation(summary = "Passages where the chosen coders differ (staff)", parameters = @Parameter(name = "pending",
            description = "Also passages where everyone agrees on spans not yet in gold"))
    @GetMapping
    Adjudication list(@PathVariable long caseId, @RequestParam(required = false) List<String> coders,
                      @RequestParam(required = false) String code,
                      @RequestParam(defaultValue = "false") boolean pending) {
        return adjudication.review(caseId, coders, code, pending);
    }

    @Operation(summary = "Accept every span all chosen coders agree on into gold (instructors and administrators)")
    @PostMapping("/accept-agreed")
    @ResponseStatus(HttpStatus.CREATED)
    List<AnnotationData> acceptAgreed(@PathVariable long caseId, @RequestParam(required = false) List<String> coders,
                                      @RequestParam(required = false) String code) {
        return adjudication.acceptAgreed(caseId, coders, code);
    }
}
