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
 * One comment in the thread of an annotation. The annotation is held by id only: the database deletes the thread
 * with its annotation ({@code on delete cascade}), including the bulk deletes of the codebook.
 */
@Entity
@Table(name = "annotation_comment")
class Comment {

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

    @Column(nullable = false, length = CommentService.MAX_LENGTH)
    private String text;

    @Column(name = "created_at", nullable = false)
    private Instant created;

    @Column(name = "modified_at", nullable = false)
    private Instant modified;

    protected Comment() {
    }

    Comment(long annotationId, UserAccount author, String text) {
        this.annotationId = annotationId;
        this.author = author;
        this.text = text;
        this.created = Instant.now();
        this.modified = created;
    }

    void edit(String newText) {
        if (!newText.equals(text)) {
            this.text = newText;
            this.modified = Instant.now();
        }
    }

    CommentData toData() {
        return new CommentData(id, annotationId, author.getUsername(), author.getDisplayName(), text, version,
                created, modified, modified.isAfter(created));
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
