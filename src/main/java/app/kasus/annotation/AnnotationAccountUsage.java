package app.kasus.annotation;

import app.kasus.security.AccountUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AnnotationAccountUsage implements AccountUsage {

    private final AnnotationRepository annotations;
    private final CommentRepository comments;

    AnnotationAccountUsage(AnnotationRepository annotations, CommentRepository comments) {
        this.annotations = annotations;
        this.comments = comments;
    }

    @Override
    @Transactional(readOnly = true)
    public long annotationCount(long userId) {
        return annotations.countByAuthorId(userId);
    }

    @Override
    @Transactional(readOnly = true)
    public long commentCount(long userId) {
        return comments.countByAuthorId(userId);
    }
}
