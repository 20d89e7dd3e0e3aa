package app.kasus.annotation;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GoldReleaseRepository extends JpaRepository<GoldRelease, Long> {

    @Query("select r from GoldRelease r left join fetch r.releasedBy where r.caseId = :caseId")
    Optional<GoldRelease> find(long caseId);
}
