package app.kasus.history;

import app.kasus.security.Acting;
import app.kasus.security.Usernames;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionListener;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One transaction's changes to audited rows (Hibernate Envers): who made them and when. The user is kept by id and
 * by name, with no foreign key, so the record outlives a deleted account. Null user: the application itself.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(Revision.Author.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "revision_time", nullable = false)
    private Instant time;

    @Column(name = "user_id")
    private Long userId;

    @Column(length = Usernames.MAX_LENGTH)
    private String username;

    protected Revision() {
    }

    public Long getId() {
        return id;
    }

    public Instant getTime() {
        return time;
    }

    public Long getUserId() {
        return userId;
    }

    /** Null when the application made the change (seeding, migration), not a user. */
    public String getUsername() {
        return username;
    }

    /** Envers creates one per revision and asks it to fill in who. */
    public static class Author implements RevisionListener {
        @Override
        public void newRevision(Object revision) {
            Revision r = (Revision) revision;
            Acting acting = Acting.now();
            r.userId = acting.id();
            r.username = acting.username();
        }
    }
}
