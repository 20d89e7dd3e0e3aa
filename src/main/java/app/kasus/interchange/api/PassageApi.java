package app.kasus.interchange.api;

import app.kasus.base.NotFoundException;
import app.kasus.cases.CaseService;
import app.kasus.cases.PassageInfo;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/cases/{caseId}/passages/{passageId}}: one passage, so the target of every exported Web
 * Annotation is a URL that resolves to the text its selectors point into.
 */
@RestController
class PassageApi {

    private final CaseService cases;

    PassageApi(CaseService cases) {
        this.cases = cases;
    }

    @GetMapping("/api/cases/{caseId}/passages/{passageId}")
    PassageInfo onePassage(@PathVariable long caseId, @PathVariable long passageId) {
        return cases.passages(caseId).stream().filter(p -> p.id() == passageId).findFirst()
                .orElseThrow(() -> new NotFoundException("no passage " + passageId + " in case " + caseId));
    }
}
