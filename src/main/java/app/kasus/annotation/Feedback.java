package app.kasus.annotation;

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

/**
 * One piece of an instructor's feedback on a coder's annotation. Held by annotation id, like {@link Comment}: the
 * database deletes it with its annotation.
 */
@Entity
@Table(name = "annotation_feedback")
class Feedback {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "annotation_id", nullable = false)
    private long annotationId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, length = FeedbackService.MAX_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant created;

    @Column(name = "modified_at", nullable = false)
    private Instant modified;

    @Column(name = "read_at")
    private Instant read;

    protected Feedback() {
    }

    Feedback(long annotationId, UserAccount author, String text) {
        this.annotationId = annotationId;
        this.author = author;
        this.text = text;
        this.created = Instant.now();
        this.modified = created;
    }

    /** A changed text is new to the coder again; an unchanged one keeps its read mark. */
    void edit(String newText) {
        if (!newText.equals(text)) {
            this.text = newText;
            this.modified = Instant.now();
            this.read = null;
        }
    }

    FeedbackData toData() {
        return new FeedbackData(id, annotationId, author.getUsername(), author.getDisplayName(), text, version,
                created, modified, modified.isAfter(created), read != null);
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getAnnotationId() {
        return annotationId;
    }

    UserAccount getAuthor() {
        return author;
    }
}
