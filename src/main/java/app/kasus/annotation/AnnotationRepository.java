package app.kasus.annotation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AnnotationRepository extends JpaRepository<Annotation, Long> {

    @Query("select a from Annotation a join fetch a.author where a.caseId = :caseId and a.author.id = :authorId "
            + "order by a.passageId, a.start, a.id")
    List<Annotation> findByCaseAndAuthor(long caseId, long authorId);
}
