package app.kasus.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Stores a parsed article as a case: sections, passages in reading order, and the numbered notes. */
@Service
class CaseImporter {

    private final CaseStudyRepository cases;
    private final CaseSectionRepository sections;
    private final PassageRepository passages;
    private final FootnoteRepository notes;
    private final ArticleParser parser = new ArticleParser();

    CaseImporter(CaseStudyRepository cases, CaseSectionRepository sections, PassageRepository passages,
                 FootnoteRepository notes) {
        this.cases = cases;
        this.sections = sections;
        this.passages = passages;
        this.notes = notes;
    }

    /** Imports the text under {@code slug} unless a case with that slug exists; returns the case id. */
    @Transactional
    long importIfAbsent(String slug, String title, String bodyLanguage, String rawText) {
        var existing = cases.findBySlug(slug);
        if (existing.isPresent()) {
            return existing.get().getId();
        }
        ParsedArticle article = parser.parse(rawText, bodyLanguage);
        CaseStudy study = cases.save(new CaseStudy(slug, title, bodyLanguage));
        int sectionOrdinal = 0;
        int passageOrdinal = 0;
        List<Passage> toSave = new ArrayList<>();
        for (ParsedSection parsed : article.sections()) {
            CaseSection section = sections.save(new CaseSection(study, sectionOrdinal++, parsed.heading(),
                    parsed.level(), parsed.language()));
            for (ParsedPassage p : parsed.passages()) {
                toSave.add(new Passage(study, section, passageOrdinal++, parsed.language(), p.text(), p.notes()));
            }
        }
        passages.saveAll(toSave);
        notes.saveAll(article.notes().stream().map(n -> new Footnote(study, n.number(), n.text())).toList());
        return study.getId();
    }
}
