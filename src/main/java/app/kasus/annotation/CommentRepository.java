package app.kasus.annotation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommentRepository extends JpaRepository<Comment, Long> {

    @Query("select c from Comment c join fetch c.author where c.annotationId = :annotationId order by c.created, c.id")
    List<Comment> findThread(long annotationId);

    /** Pairs of annotation id and comment count, for the annotations that have comments. */
    @Query("select c.annotationId, count(c) from Comment c where c.annotationId in :annotationIds group by c.annotationId")
    List<Object[]> countByAnnotation(Collection<Long> annotationIds);

    long countByAuthorId(long authorId);
}
