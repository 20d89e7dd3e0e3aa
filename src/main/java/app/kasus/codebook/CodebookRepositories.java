package app.kasus.codebook;

import app.kasus.codebook.CodebookEntities.ActorRow;
import app.kasus.codebook.CodebookEntities.CodeRow;
import app.kasus.codebook.CodebookEntities.StageRow;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CodeRowRepository extends JpaRepository<CodeRow, Long> {

    @Query("select c from CodeRow c where c.caseId = :caseId order by c.ordinal, c.id")
    List<CodeRow> findByCase(long caseId);

    @Query("select c from CodeRow c where c.caseId = :caseId and lower(c.key) = lower(:key)")
    Optional<CodeRow> find(long caseId, String key);
}

interface ActorRowRepository extends JpaRepository<ActorRow, Long> {

    @Query("select a from ActorRow a where a.caseId = :caseId order by a.ordinal, a.id")
    List<ActorRow> findByCase(long caseId);

    @Query("select a from ActorRow a where a.caseId = :caseId and lower(a.key) = lower(:key)")
    Optional<ActorRow> find(long caseId, String key);
}

interface StageRowRepository extends JpaRepository<StageRow, Long> {

    @Query("select s from StageRow s where s.caseId = :caseId order by s.number")
    List<StageRow> findByCase(long caseId);
}
