package app.kasus.annotation;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/** Coder-layer queries filter on {@code a.layer = CODER}: gold rows are no one's coding (see {@link GoldService}). */
interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId and a.author.id = :authorId"
            + " and a.layer = app.kasus.annotation.Layer.CODER "
            + "order by a.passageId, a.start, a.id")
    List<Annotation> findByCaseAndAuthor(long caseId, long authorId);

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId"
            + " and a.layer = app.kasus.annotation.Layer.CODER order by a.passageId, a.start, a.id")
    List<Annotation> findByCase(long caseId);

    // The same three in some passages only: what a live refresh reloads after changes there (issue 10).

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId and a.author.id = :authorId"
            + " and a.passageId in :passageIds and a.layer = app.kasus.annotation.Layer.CODER "
            + "order by a.passageId, a.start, a.id")
    List<Annotation> findByCaseAndAuthorInPassages(long caseId, long authorId, Collection<Long> passageIds);

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId and a.passageId in :passageIds"
            + " and a.layer = app.kasus.annotation.Layer.CODER order by a.passageId, a.start, a.id")
    List<Annotation> findByCaseInPassages(long caseId, Collection<Long> passageIds);

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId and a.author.username in :authors"
            + " and a.passageId in :passageIds and a.layer = app.kasus.annotation.Layer.CODER "
            + "order by a.passageId, a.start, a.id")
    List<Annotation> findByCaseAndAuthorsInPassages(long caseId, Collection<String> authors, Collection<Long> passageIds);

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId"
            + " and a.layer = app.kasus.annotation.Layer.GOLD order by a.passageId, a.start, a.id")
    List<Annotation> findGold(long caseId);

    /**
     * The annotation a new link points to, row-locked until the linking transaction ends: a concurrent delete of it
     * waits for the link to be committed and then clears it ({@link #clearLinksTo}); a link made after the delete
     * finds no target and is refused.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Annotation a join fetch a.author where a.id = :id")
    Optional<Annotation> findLinkTarget(long id);

    /**
     * Clears links to a deleted annotation that its {@code on delete set null} could not see: a response committed
     * while the delete waited for {@link #findLinkTarget}'s lock is invisible to the delete statement's snapshot,
     * but not to this later statement. Their version moves on, so an editor holding the old link reloads.
     */
    @Modifying
    @Query("update Annotation a set a.respondsTo = null, a.version = a.version + 1 where a.respondsTo = :id")
    int clearLinksTo(long id);

    /** Counts gold too: a code that only the gold coding uses is still in use. */
    long countByCaseIdAndCode(long caseId, String code);

    long countByAuthorId(long authorId);

    /** One row: the code's annotations in coding that is locked ({@link CodingSubmission}), and their coders. */
    @Query("select count(a), count(distinct a.author.id) from Annotation a, CodingSubmission s where a.caseId = :caseId"
            + " and a.code = :code and a.layer = app.kasus.annotation.Layer.CODER"
            + " and s.caseId = a.caseId and s.user = a.author and s.lockedAt is not null")
    List<Object[]> countLockedByCode(long caseId, String code);

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId and a.author.username in :authors"
            + " and a.layer = app.kasus.annotation.Layer.CODER "
            + "order by a.passageId, a.start, a.id")
    List<Annotation> findByCaseAndAuthors(long caseId, Collection<String> authors);

    /**
     * One coder's annotations as spans, without entities. One query per coder, through the (case, author) index,
     * keeps each result far below the rows H2 holds in memory (40,000 per GB of heap): a class's 100,000 annotations
     * in one result were written to a temporary file and read back, which took seconds (issue 10). The author is
     * named by id through a subquery: a condition on the joined user's name made H2 walk the case's whole coder
     * layer (the (case, layer) index) once per coder.
     */
    @Query("select new app.kasus.annotation.AnnotationSpan(a.id, a.passageId, a.start, a.end, a.code, a.actor,"
            + " a.addressee, a.stage, a.valence, a.eventDate, a.respondsTo, u.username)"
            + " from Annotation a join a.author u where a.caseId = :caseId"
            + " and a.author.id = (select x.id from UserAccount x where x.username = :author)"
            + " and a.layer = app.kasus.annotation.Layer.CODER order by a.passageId, a.start, a.id")
    List<AnnotationSpan> findSpansByCaseAndAuthor(long caseId, String author);

    /** Each row: id and quote; per coder, as {@link #findSpansByCaseAndAuthor}. */
    @Query("select a.id, a.quote from Annotation a where a.caseId = :caseId"
            + " and a.author.id = (select x.id from UserAccount x where x.username = :author)"
            + " and a.layer = app.kasus.annotation.Layer.CODER")
    List<Object[]> findQuotesByCaseAndAuthor(long caseId, String author);

    @Query("select distinct a.author.username from Annotation a where a.caseId = :caseId"
            + " and a.layer = app.kasus.annotation.Layer.CODER order by 1")
    List<String> coders(long caseId);

    /** Coding and gold of the case with the code, to change or delete one by one so the history records each. */
    List<Annotation> findByCaseIdAndCode(long caseId, String code);

    /** The annotations that respond to this one. */
    List<Annotation> findByRespondsTo(Long respondsTo);
}
