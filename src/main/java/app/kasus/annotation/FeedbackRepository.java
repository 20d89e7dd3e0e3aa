package app.kasus.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    @Query("select f from Feedback f join fetch f.author where f.annotationId = :annotationId order by f.created, f.id")
    List<Feedback> findByAnnotation(long annotationId);

    /** Rows of annotation id, feedback count and unread count, for the annotations of the case that have feedback. */
    @Query("select f.annotationId, count(f), sum(case when f.read is null then 1 else 0 end) from Feedback f "
            + "where f.annotationId in (select a.id from Annotation a where a.caseId = :caseId) group by f.annotationId")
    List<Object[]> countInCase(long caseId);

    long countByAuthorId(long authorId);

    /**
     * Marks the annotation's unread feedback read without a version bump (a plain bulk update), so the coder reading
     * it never turns the instructor's next edit into a conflict. Returns how many rows changed.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Feedback f set f.read = :now where f.annotationId = :annotationId and f.read is null")
    int markRead(long annotationId, java.time.Instant now);
}
