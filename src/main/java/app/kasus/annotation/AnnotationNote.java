package app.kasus.annotation;

import app.kasus.base.StoredTime;
import app.kasus.base.StaleVersionException;
import app.kasus.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/**
 * Plain text someone wrote about an annotation (a comment, a piece of feedback). The annotation is held by id only:
 * the database deletes the notes with their annotation ({@code on delete cascade}), including the codebook's bulk
 * deletes.
 */
@MappedSuperclass
@Audited
abstract class AnnotationNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "annotation_id", nullable = false)
    private long annotationId;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "author_id")
    private UserAccount author;

    @Column(nullable = false, length = ThreadText.MAX_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant created;

    @Column(name = "modified_at", nullable = false)
    private Instant modified;

    protected AnnotationNote() {
    }

    AnnotationNote(long annotationId, UserAccount author, String text) {
        this.annotationId = annotationId;
        this.author = author;
        this.text = text;
        this.created = StoredTime.now();
        this.modified = created;
    }

    /** A deleted note back as a new row: same author, text and times, so the thread reads as it did. */
    AnnotationNote(AnnotationNote deleted, UserAccount author) {
        this.annotationId = deleted.annotationId;
        this.author = author;
        this.text = deleted.text;
        this.created = deleted.created;
        this.modified = deleted.modified;
    }

    /** Replaces the text; an unchanged text keeps its modification time (and whatever depends on it). */
    void edit(String newText) {
        if (!newText.equals(text)) {
            this.text = newText;
            this.modified = StoredTime.now();
            textChanged();
        }
    }

    /** What else a new text resets. */
    protected void textChanged() {
    }

    void requireVersion(long expected) {
        if (version != expected) {
            throw new StaleVersionException(kind() + " " + id + " is at version " + version + ", not " + expected);
        }
    }

    /** The word for this kind of note in messages. */
    abstract String kind();

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

    String getText() {
        return text;
    }

    Instant getCreated() {
        return created;
    }

    Instant getModified() {
        return modified;
    }

    boolean isEdited() {
        return modified.isAfter(created);
    }
}
