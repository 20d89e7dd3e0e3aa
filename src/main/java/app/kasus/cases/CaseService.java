package app.kasus.cases;

import app.kasus.security.CurrentUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading cases, as {@link CaseAccess} allows: every signed-in user reads every published case, a draft only staff
 * (to everyone else it does not exist: 404). Every service that works on a case asks {@link #requireCase} (or
 * {@link CaseAccess}) first, so a draft stays hidden behind every reader of cases.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    private final CaseStudyRepository cases;
    private final CaseSectionRepository sections;
    private final PassageRepository passages;
    private final FootnoteRepository notes;
    private final CurrentUser currentUser;
    private final CaseAccess access;
    /**
     * Each case's sections, passages and notes, read once: a case's text is written when the case is created
     * ({@link CaseCreation}) and never changed, so every open reading view shares one copy instead of holding its
     * own (issue 10). Title and status are read afresh; a deleted draft's entry is never read again, since
     * {@link #requireCase} refuses its id first and ids are not reused.
     */
    private final Map<Long, CaseText> texts = new ConcurrentHashMap<>();

    private record CaseText(List<SectionInfo> sections, List<PassageInfo> passages, List<NoteInfo> notes) {
    }

    CaseService(CaseStudyRepository cases, CaseSectionRepository sections, PassageRepository passages,
                FootnoteRepository notes, CurrentUser currentUser, CaseAccess access) {
        this.cases = cases;
        this.sections = sections;
        this.passages = passages;
        this.notes = notes;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** The cases the signed-in user may read: drafts only for those who may see them. */
    public List<CaseSummary> listCases() {
        return cases.summaries(access.readableStatuses(currentUser.require())).stream()
                .map(row -> new CaseSummary((Long) row[0], (String) row[1], (Long) row[2], (CaseStatus) row[3]))
                .toList();
    }

    /** One case the signed-in user may read, by an id taken from an address: empty when unknown or not theirs. */
    public Optional<CaseSummary> summary(long caseId) {
        return listCases().stream().filter(c -> c.id() == caseId).findFirst();
    }

    public CaseContent content(long caseId) {
        requireCase(caseId);
        CaseStudy study = cases.findById(caseId).orElseThrow(() -> CaseAccess.unknownCase(caseId));
        CaseText text = texts.get(caseId);
        if (text == null) {
            text = new CaseText(sections.findByCase(caseId).stream().map(CaseService::section).toList(),
                    passagesOf(caseId), notesOf(caseId));
            CaseText first = texts.putIfAbsent(caseId, text);
            text = first == null ? text : first;
        }
        return new CaseContent(study.getId(), study.getTitle(), text.sections(), text.passages(), text.notes());
    }

    public List<PassageInfo> passages(long caseId) {
        requireCase(caseId);
        return passagesOf(caseId);
    }

    public List<NoteInfo> notes(long caseId) {
        requireCase(caseId);
        return notesOf(caseId);
    }

    /** A passage of a case the signed-in user may read; empty for a passage of a draft they may not see. */
    public Optional<PassageInfo> passage(long passageId) {
        return passages.findWithCase(passageId)
                .filter(p -> mayRead(p.getCaseStudy().getStatus()))
                .map(CaseService::passage);
    }

    /** Throws {@link NotFoundException} for a case that does not exist or that the signed-in user may not see. */
    public void requireCase(long caseId) {
        access.requireReadable(currentUser.require(), caseId);
    }

    public CaseStatus status(long caseId) {
        requireCase(caseId);
        return cases.statusOf(caseId).orElseThrow(() -> CaseAccess.unknownCase(caseId));
    }

    public Optional<Long> findBySlug(String slug) {
        return cases.findBySlug(slug).filter(c -> mayRead(c.getStatus())).map(CaseStudy::getId);
    }

    private boolean mayRead(CaseStatus status) {
        return access.mayRead(currentUser.require(), status);
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
}
