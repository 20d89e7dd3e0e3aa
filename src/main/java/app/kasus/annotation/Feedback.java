package app.kasus.annotation;

import app.kasus.security.UserAccount;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import java.time.Instant;

/** One piece of an instructor's feedback on a coder's annotation. */
@Entity
@Audited
@Table(name = "annotation_feedback")
class Feedback extends AnnotationNote {

    @Column(name = "read_at")
    private Instant read;

    protected Feedback() {
    }

    Feedback(long annotationId, UserAccount author, String text) {
        super(annotationId, author, text);
    }

    Feedback(Feedback deleted, UserAccount author) {
        super(deleted, author);
        this.read = deleted.read;
    }

    /** A changed text is new to the coder again; an unchanged one keeps its read mark. */
    @Override
    protected void textChanged() {
        this.read = null;
    }

    @Override
    String kind() {
        return "feedback";
    }

    FeedbackData toData() {
        return new FeedbackData(getId(), getAnnotationId(), getAuthor().getUsername(), getAuthor().getDisplayName(),
                getText(), getVersion(), getCreated(), getModified(), isEdited(), read != null);
    }
}
