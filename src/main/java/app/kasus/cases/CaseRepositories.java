package app.kasus.cases;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaseStudyRepository extends JpaRepository<CaseStudy, Long> {

    Optional<CaseStudy> findBySlug(String slug);

    @Query("select c.id, c.title, (select count(p) from Passage p where p.caseStudy = c), c.status from CaseStudy c"
            + " where c.status in :statuses order by c.title, c.id")
    List<Object[]> summaries(Collection<CaseStatus> statuses);

    @Query("select c.status from CaseStudy c where c.id = :caseId")
    Optional<CaseStatus> statusOf(Long caseId);

    /** Sections, passages, notes, codebook and any coding go with it (the schema cascades). */
    @Modifying
    @Query("delete from CaseStudy c where c.id = :caseId and c.status = app.kasus.cases.CaseStatus.DRAFT")
    int deleteDraft(Long caseId);
}

interface CaseSectionRepository extends JpaRepository<CaseSection, Long> {

    @Query("select s from CaseSection s where s.caseStudy.id = :caseId order by s.ordinal")
    List<CaseSection> findByCase(Long caseId);
}

interface PassageRepository extends JpaRepository<Passage, Long> {

    /** One query for the passages with their sections and notes, not one per passage. */
    @Query("select distinct p from Passage p join fetch p.section left join fetch p.notes where p.caseStudy.id = :caseId order by p.ordinal")
    List<Passage> findByCase(Long caseId);

    /** One query for what a coding needs of its passage: checking each annotation ran three (issue 10). */
    @Query("select p from Passage p join fetch p.caseStudy join fetch p.section left join fetch p.notes where p.id = :id")
    Optional<Passage> findWithCase(Long id);
}

interface FootnoteRepository extends JpaRepository<Footnote, Long> {

    @Query("select f from Footnote f where f.caseStudy.id = :caseId order by f.number")
    List<Footnote> findByCase(Long caseId);
}
