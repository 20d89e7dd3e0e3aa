package app.kasus.annotation;

import app.kasus.security.AccountUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AnnotationAccountUsage implements AccountUsage {

    private final AnnotationRepository annotations;
    private final CommentRepository comments;
    private final FeedbackRepository feedback;

    AnnotationAccountUsage(AnnotationRepository annotations, CommentRepository comments, FeedbackRepository feedback) {
        this.annotations = annotations;
        this.comments = comments;
        this.feedback = feedback;
    }

    @Override
    @Transactional(readOnly = true)
    public long annotationCount(long userId) {
        return annotations.countByAuthorId(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public long commentCount(long userId) {
        return comments.countByAuthorId(userId) + feedback.countByAuthorId(userId);
    }
}
