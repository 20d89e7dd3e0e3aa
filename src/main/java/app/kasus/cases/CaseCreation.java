package app.kasus.cases;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.codebook.CodebookService;
import app.kasus.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way a case comes into being, whatever its source (the bundled case, an uploaded document, a
 * REFI-QDA project): the text is segmented and repaired by {@link ArticleParser}, then stored with the default
 * codebook.
 */
@Service
public class CaseCreation {

    /** The database column's width; longer titles are refused rather than cut. */
    public static final int MAX_TITLE_LENGTH = 300;

    private final CaseStudyRepository cases;
    private final CaseSectionRepository sections;
    private final PassageRepository passages;
    private final FootnoteRepository notes;
    private final CodebookService codebooks;
    private final CurrentUser currentUser;
    private final CaseAccess access;
    private final PassageLanguages languages;
    private final ArticleParser parser = new ArticleParser();

    CaseCreation(CaseStudyRepository cases, CaseSectionRepository sections, PassageRepository passages,
                 FootnoteRepository notes, CodebookService codebooks, CurrentUser currentUser, CaseAccess access,
                 PassageLanguages languages) {
        this.cases = cases;
        this.sections = sections;
        this.passages = passages;
        this.notes = notes;
        this.codebooks = codebooks;
        this.currentUser = currentUser;
        this.access = access;
        this.languages = languages;
    }

    /**
     * The one segmentation and repair path: sections from headings, paragraphs, footnotes and their markers.
     * Text from structured formats carries explicit marks ({@link StructuredText}); other text is read by layout.
     *
     * @throws InvalidInputException if the text is empty or holds no recognisable paragraph
     */
    public ParsedArticle segment(String rawText, String bodyLanguage) {
        try {
            return languages.label(parser.parse(rawText, bodyLanguage));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("file", e.getMessage());
        }
    }

    /** Stores the article as a new case with the default codebook; returns the case id. Caller's transaction. */
    @Transactional
    public long create(String title, String bodyLanguage, ParsedArticle article, CaseStatus status,
                       long createdByAccountId) {
        access.requireCreate(currentUser.require());
        return store("case-" + UUID.randomUUID(), title, bodyLanguage, article, status, createdByAccountId);
    }

    @Transactional
    public void publish(long caseId) {
        access.require(currentUser.require(), caseId, CaseAction.CHANGE);
        cases.findById(caseId).orElseThrow(() -> CaseAccess.unknownCase(caseId)).publish();
    }

    /** Throws a draft away with everything in it; a published case is never deleted this way. */
    @Transactional
    public void deleteDraft(long caseId) {
        access.require(currentUser.require(), caseId, CaseAction.CHANGE);
        CaseStatus status = cases.statusOf(caseId).orElseThrow(() -> CaseAccess.unknownCase(caseId));
        if (status != CaseStatus.DRAFT) {
            throw new ConflictException("case " + caseId + " is published; only drafts can be deleted");
        }
        cases.deleteDraft(caseId);
    }

    /** For the bundled case, known by its slug and created by nobody. */
    @Transactional
    long createBundled(String slug, String title, String bodyLanguage, String rawText) {
        var existing = cases.findBySlug(slug);
        if (existing.isPresent()) {
            codebooks.ensureDefault(existing.get().getId());
            return existing.get().getId();
        }
        return store(slug, title, bodyLanguage, segment(rawText, bodyLanguage), CaseStatus.PUBLISHED, null);
    }

    private long store(String slug, String title, String bodyLanguage, ParsedArticle article, CaseStatus status,
                       Long createdBy) {
        String cleanTitle = title == null ? "" : title.strip();
        if (cleanTitle.isEmpty()) {
            throw new InvalidInputException("title", "A case needs a title");
        }
        if (cleanTitle.length() > MAX_TITLE_LENGTH) {
            throw new InvalidInputException("title", "A case title has at most " + MAX_TITLE_LENGTH + " characters");
        }
        if (article.passageCount() == 0) {
            throw new InvalidInputException("file", "The text holds no paragraph to code");
        }
        CaseStudy study = cases.save(new CaseStudy(slug, cleanTitle, bodyLanguage, status, createdBy));
        int sectionOrdinal = 0;
        int passageOrdinal = 0;
        List<Passage> toSave = new ArrayList<>();
        for (ParsedSection parsed : article.sections()) {
            CaseSection section = sections.save(new CaseSection(study, sectionOrdinal++, truncate(parsed.heading()),
                    parsed.level(), parsed.language()));
            for (ParsedPassage p : parsed.passages()) {
                String language = p.language() == null ? parsed.language() : p.language();
                toSave.add(new Passage(study, section, passageOrdinal++, language, p.text(), p.notes()));
            }
        }
        passages.saveAll(toSave);
        notes.saveAll(article.notes().stream().map(n -> new Footnote(study, n.number(), n.text())).toList());
        codebooks.ensureDefault(study.getId());
        return study.getId();
    }

    /** A heading column holds 300 characters; a longer "heading" is a paragraph a layout made bold. */
    private static String truncate(String heading) {
        return heading.length() <= MAX_TITLE_LENGTH ? heading : heading.substring(0, MAX_TITLE_LENGTH - 1) + "…";
    }
}
