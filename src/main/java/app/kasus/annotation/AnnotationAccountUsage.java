package app.kasus.annotation;

import app.kasus.security.AccountUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AnnotationAccountUsage implements AccountUsage {

    private final AnnotationRepository annotations;

    AnnotationAccountUsage(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    @Override
    @Transactional(readOnly = true)
    public long annotationCount(long userId) {
        return annotations.countByAuthorId(userId);
    }
}
