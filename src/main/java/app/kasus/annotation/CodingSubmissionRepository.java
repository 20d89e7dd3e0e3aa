package app.kasus.annotation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CodingSubmissionRepository extends JpaRepository<CodingSubmission, Long> {

    @Query("select s from CodingSubmission s join fetch s.user left join fetch s.lockedBy "
            + "where s.caseId = :caseId and s.user.id = :userId")
    Optional<CodingSubmission> find(long caseId, long userId);

    @Query("select count(s) > 0 from CodingSubmission s where s.caseId = :caseId and s.user.id = :userId "
            + "and s.lockedAt is not null")
    boolean isLocked(long caseId, long userId);

    @Query("select s from CodingSubmission s join fetch s.user left join fetch s.lockedBy where s.caseId = :caseId")
    List<CodingSubmission> findByCase(long caseId);

    /** Per author of the case's coding (gold is nobody's coding): username, number of annotations, distinct passages, latest change. */
    @Query("select a.author.username, count(a), count(distinct a.passageId), max(a.modified) from Annotation a "
            + "where a.caseId = :caseId and a.layer = app.kasus.annotation.Layer.CODER group by a.author.username")
    List<Object[]> codingStats(long caseId);
}
