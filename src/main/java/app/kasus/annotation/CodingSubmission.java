package app.kasus.annotation;

import app.kasus.base.StoredTime;
import app.kasus.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Whether one coder's coding of one case is submitted and whether an instructor locked it. */
@Entity
@Table(name = "coding_submission")
class CodingSubmission {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "case_id", nullable = false)
    private long caseId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private UserAccount user;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "locked_at")
    private Instant lockedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "locked_by_id")
    private UserAccount lockedBy;

    protected CodingSubmission() {
    }

    CodingSubmission(long caseId, UserAccount user) {
        this.caseId = caseId;
        this.user = user;
    }

    boolean isLocked() {
        return lockedAt != null;
    }

    void submit() {
        if (submittedAt == null) {
            submittedAt = StoredTime.now();
        }
    }

    void withdraw() {
        submittedAt = null;
    }

    void lock(UserAccount by) {
        if (lockedAt == null) {
            lockedAt = StoredTime.now();
            lockedBy = by;
        }
    }

    void unlock() {
        lockedAt = null;
        lockedBy = null;
    }

    UserAccount getUser() {
        return user;
    }

    SubmissionStatus toStatus() {
        return SubmissionStatus.of(caseId, user.getUsername(), submittedAt, lockedAt,
                lockedBy == null ? null : lockedBy.getUsername());
    }
}
