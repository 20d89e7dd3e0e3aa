package app.kasus.annotation;

import app.kasus.security.UserAccount;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;

/** One comment in the thread of an annotation. */
@Entity
@Audited
@Table(name = "annotation_comment")
class Comment extends AnnotationNote {

    protected Comment() {
    }

    Comment(long annotationId, UserAccount author, String text) {
        super(annotationId, author, text);
    }

    Comment(Comment deleted, UserAccount author) {
        super(deleted, author);
    }

    @Override
    String kind() {
        return "comment";
    }

    CommentData toData() {
        return new CommentData(getId(), getAnnotationId(), getAuthor().getUsername(), getAuthor().getDisplayName(),
                getText(), getVersion(), getCreated(), getModified(), isEdited());
    }
}
