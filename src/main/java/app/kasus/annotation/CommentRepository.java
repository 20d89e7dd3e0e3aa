package app.kasus.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c join fetch c.author where c.annotationId = :annotationId order by c.created, c.id")
    List<Comment> findThread(long annotationId);

    /** Pairs of annotation id and comment count, for the annotations of the case that have comments. */
    @Query("select c.annotationId, count(c) from Comment c where c.annotationId in "
            + "(select a.id from Annotation a where a.caseId = :caseId) group by c.annotationId")
    List<Object[]> countInCase(long caseId);

    long countByAuthorId(long authorId);
}
