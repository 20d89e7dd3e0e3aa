package app.kasus.cases.api;

import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.NoteInfo;
import app.kasus.cases.PassageInfo;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/cases")
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

    @GetMapping
    List<CaseSummary> list() {
        return cases.listCases();
    }

    @GetMapping("/{caseId}/passages")
    List<PassageJson> passages(@PathVariable long caseId) {
        return cases.passages(caseId).stream().map(PassageJson::of).toList();
    }

    @GetMapping("/{caseId}/notes")
    List<NoteInfo> notes(@PathVariable long caseId) {
        return cases.notes(caseId);
    }
}
