package app.kasus.annotation;

import app.kasus.base.LiveEvents;
import app.kasus.codebook.CodeUsage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

@Component
class AnnotationCodeUsage implements CodeUsage {

    private final AnnotationRepository annotations;
    private final AnnotationRemoval removal;
    private final LiveEvents events;

    AnnotationCodeUsage(AnnotationRepository annotations, AnnotationRemoval removal, LiveEvents events) {
        this.annotations = annotations;
        this.removal = removal;
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
        // Row by row, so each annotation's history shows the change and its version moves on (an editor holding
        // the old row gets a conflict instead of undoing this).
        annotations.findByCaseIdAndCode(caseId, from).forEach(a -> a.recode(to, clearValence));
        annotations.flush();
        events.publish(new CodingChanged(caseId, null, 0, null, CodingChanged.Change.MANY));
    }

    @Override
    @Transactional
    public void deleteByCode(long caseId, String code) {
        // Restorable afterwards, each by its author or an instructor, like any deleted annotation.
        removal.remove(annotations.findByCaseIdAndCode(caseId, code));
        events.publish(new CodingChanged(caseId, null, 0, null, CodingChanged.Change.MANY));
    }
}
