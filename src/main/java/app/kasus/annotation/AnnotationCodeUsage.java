package app.kasus.annotation;

import app.kasus.codebook.CodeUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AnnotationCodeUsage implements CodeUsage {

    private final AnnotationRepository annotations;

    AnnotationCodeUsage(AnnotationRepository annotations) {
        this.annotations = annotations;
    }

    @Override
    @Transactional(readOnly = true)
    public long countByCode(long caseId, String code) {
        return annotations.countByCaseIdAndCode(caseId, code);
    }

    @Override
    @Transactional
    public void reassignCode(long caseId, String from, String to, boolean clearValence) {
        annotations.reassignCode(caseId, from, to, clearValence);
    }

    @Override
    @Transactional
    public void deleteByCode(long caseId, String code) {
        annotations.deleteByCode(caseId, code);
    }
}
