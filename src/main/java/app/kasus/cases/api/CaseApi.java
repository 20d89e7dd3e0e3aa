package app.kasus.cases.api;

import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.NoteInfo;
import app.kasus.cases.PassageInfo;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
@Tag(name = "Cases", description = "The case texts: their passages and footnotes")
class CaseApi {

    record PassageJson(long id, int ordinal, String section, String language, String text, List<Integer> notes) {
        static PassageJson of(PassageInfo p) {
            return new PassageJson(p.id(), p.ordinal(), p.section(), p.language(), p.text(), p.notes());
        }
    }

    private final CaseService cases;

    CaseApi(CaseService cases) {
        this.cases = cases;
    }

    @Operation(summary = "The cases the caller may read")
    @GetMapping
    List<CaseSummary> list() {
        return cases.listCases();
    }

    @Operation(summary = "A case's passages in reading order",
            description = "Annotation offsets count UTF-16 units of a passage's `text`.")
    @GetMapping("/{caseId}/passages")
    List<PassageJson> passages(@PathVariable long caseId) {
        return cases.passages(caseId).stream().map(PassageJson::of).toList();
    }

    @Operation(summary = "A case's footnotes")
    @GetMapping("/{caseId}/notes")
    List<NoteInfo> notes(@PathVariable long caseId) {
        return cases.notes(caseId);
    }
}
