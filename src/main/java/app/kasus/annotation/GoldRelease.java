package app.kasus.annotation;

import app.kasus.base.StoredTime;
import app.kasus.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A case whose gold coding students may see: the row exists while it is released. */
@Entity
@Table(name = "gold_release")
class GoldRelease {

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "released_at", nullable = false)
    private Instant releasedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "released_by_id")
    private UserAccount releasedBy;

    protected GoldRelease() {
    }

    GoldRelease(long caseId, UserAccount releasedBy) {
        this.caseId = caseId;
        this.releasedBy = releasedBy;
        this.releasedAt = StoredTime.now();
    }

    GoldReleaseStatus toStatus() {
        return new GoldReleaseStatus(caseId, true, releasedAt, releasedBy == null ? null : releasedBy.getUsername());
    }
}
