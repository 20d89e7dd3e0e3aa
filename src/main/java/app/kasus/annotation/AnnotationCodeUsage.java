package app.kasus.annotation;

import app.kasus.base.LiveEvents;
import app.kasus.codebook.CodeUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AnnotationCodeUsage implements CodeUsage {

    private final AnnotationRepository annotations;
    private final LiveEvents events;

    AnnotationCodeUsage(AnnotationRepository annotations, LiveEvents events) {
        this.annotations = annotations;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public long countByCode(long caseId, String code) {
        return annotations.countByCaseIdAndCode(caseId, code);
    }

    @Override
    @Transactional(readOnly = true)
    public Locked lockedByCode(long caseId, String code) {
        Object[] row = annotations.countLockedByCode(caseId, code).get(0);
        return new Locked(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    @Override
    @Transactional
    public void reassignCode(long caseId, String from, String to, boolean clearValence) {
        annotations.reassignCode(caseId, from, to, clearValence);
        events.publish(new CodingChanged(caseId, null, 0, null, CodingChanged.Change.MANY));
    }

    @Override
    @Transactional
    public void deleteByCode(long caseId, String code) {
        annotations.deleteByCode(caseId, code);
        events.publish(new CodingChanged(caseId, null, 0, null, CodingChanged.Change.MANY));
    }
}
