package app.kasus.cases;

import app.kasus.base.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading cases. Every signed-in user may read every case; coding is where access differs. */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseStudyRepository cases;
    private final CaseSectionRepository sections;
    private final PassageRepository passages;
    private final FootnoteRepository notes;

    CaseService(CaseStudyRepository cases, CaseSectionRepository sections, PassageRepository passages,
                FootnoteRepository notes) {
        this.cases = cases;
        this.sections = sections;
        this.passages = passages;
        this.notes = notes;
    }

    public List<CaseSummary> listCases() {
        return cases.summaries().stream()
                .map(row -> new CaseSummary((Long) row[0], (String) row[1], (Long) row[2]))
                .toList();
    }

    public CaseContent content(long caseId) {
        CaseStudy study = cases.findById(caseId).orElseThrow(() -> unknownCase(caseId));
        return new CaseContent(study.getId(), study.getTitle(),
                sections.findByCase(caseId).stream().map(CaseService::section).toList(),
                passagesOf(caseId), notesOf(caseId));
    }

    public List<PassageInfo> passages(long caseId) {
        requireCase(caseId);
        return passagesOf(caseId);
    }

    public List<NoteInfo> notes(long caseId) {
        requireCase(caseId);
        return notesOf(caseId);
    }

    public Optional<PassageInfo> passage(long passageId) {
        return passages.findById(passageId).map(CaseService::passage);
    }

    public void requireCase(long caseId) {
        if (!cases.existsById(caseId)) {
            throw unknownCase(caseId);
        }
    }

    public Optional<Long> findBySlug(String slug) {
        return cases.findBySlug(slug).map(CaseStudy::getId);
    }

    private List<PassageInfo> passagesOf(long caseId) {
        return passages.findByCase(caseId).stream().map(CaseService::passage).toList();
    }

    private List<NoteInfo> notesOf(long caseId) {
        return notes.findByCase(caseId).stream().map(n -> new NoteInfo(n.getNumber(), n.getText())).toList();
    }

    private static SectionInfo section(CaseSection s) {
        return new SectionInfo(s.getId(), s.getOrdinal(), s.getHeading(), s.getLevel(), s.getLanguage());
    }

    private static PassageInfo passage(Passage p) {
        return new PassageInfo(p.getId(), p.getCaseStudy().getId(), p.getOrdinal(), p.getSection().getId(),
                p.getSection().getHeading(), p.getLanguage(), p.getText(), List.copyOf(p.getNotes()));
    }

    private static NotFoundException unknownCase(long caseId) {
        return new NotFoundException("no case with id " + caseId);
    }
}
