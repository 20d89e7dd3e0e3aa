package app.kasus.annotation;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseAction;
import app.kasus.cases.CaseService;
import app.kasus.codebook.CodebookService;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The gold coding: the case's reference coding, owned by the case rather than by a user. Instructors and
 * administrators write it ({@link CaseAction#WRITE_GOLD}), with the same validation as any coding; staff read it at
 * any time, students once it is released for the case ({@link CaseAccess#maySeeGold}). Gold rows are annotation rows
 * of the {@link Layer#GOLD gold layer}; no coder view counts them. Changing and deleting gold goes through
 * {@link AnnotationService#update} and {@link AnnotationService#delete}, which ask this service.
 */
@Service
public class GoldService {

    private final AnnotationRepository annotations;
    private final GoldReleaseRepository releases;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final CurrentUser currentUser;
    private final CaseAccess access;
    private final LiveEvents events;

    GoldService(AnnotationRepository annotations, GoldReleaseRepository releases, CaseService cases,
                CodebookService codebooks, CurrentUser currentUser, CaseAccess access, LiveEvents events) {
        this.annotations = annotations;
        this.releases = releases;
        this.cases = cases;
        this.codebooks = codebooks;
        this.currentUser = currentUser;
        this.access = access;
        this.events = events;
    }

    /** The case's gold coding in reading order; refused (403) to students before it is released. */
    @Transactional(readOnly = true)
    public List<AnnotationData> gold(long caseId) {
        UserAccount me = currentUser.require();
        access.requireGoldReadable(me, caseId, released(caseId));
        return annotations.findGold(caseId).stream().map(Annotation::toData).toList();
    }

    @Transactional(readOnly = true)
    public boolean released(long caseId) {
        return releases.existsById(caseId);
    }

    /** Whether the signed-in user may see the case's gold coding now, for views deciding what to offer. */
    @Transactional(readOnly = true)
    public boolean maySeeGold(long caseId) {
        return access.maySeeGold(currentUser.require(), caseId, released(caseId));
    }

    /** Whether the signed-in user writes gold in the cases they read, for views deciding what to offer. */
    public boolean mayEditGold() {
        return access.allows(currentUser.require(), CaseAction.WRITE_GOLD);
    }

    @Transactional(readOnly = true)
    public GoldReleaseStatus releaseStatus(long caseId) {
        currentUser.require();
        cases.requireCase(caseId);
        return releases.find(caseId).map(GoldRelease::toStatus).orElseGet(() -> GoldReleaseStatus.withheld(caseId));
    }

    /** Lets students see the gold coding; releasing a released case changes nothing. */
    @Transactional
    public void release(long caseId) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.WRITE_GOLD);
        if (releases.existsById(caseId)) {
            return;
        }
        // Two instructors releasing at the same moment: the second insert fails and is answered as a conflict (409).
        releases.saveAndFlush(new GoldRelease(caseId, me));
        events.publish(new GoldReleaseChanged(caseId, true));
    }

    /** Hides the gold coding from students again; withdrawing an unreleased case changes nothing. */
    @Transactional
    public void withdrawRelease(long caseId) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.WRITE_GOLD);
        if (!releases.existsById(caseId)) {
            return;
        }
        releases.deleteById(caseId);
        releases.flush();
        events.publish(new GoldReleaseChanged(caseId, false));
    }

    /** A new gold span, checked like any annotation; {@code respondsTo} may name another gold span of the case. */
    @Transactional
    public AnnotationData create(long caseId, AnnotationCommand command) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.WRITE_GOLD);
        ValidAnnotation valid = AnnotationValidator.validate(caseId, command, cases::passage,
                codebooks.forCase(caseId));
        checkRespondsTo(caseId, valid.respondsTo(), null);
        Annotation gold = Annotation.gold(caseId, me, null);
        gold.apply(valid);
        return stored(gold);
    }

    /** Copies a coder's annotation into gold; 409 when the same span already is gold. */
    @Transactional
    public AnnotationData accept(long caseId, long coderAnnotationId) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.WRITE_GOLD);
        return acceptOne(caseId, coderAnnotationId, me);
    }

    /** Accepts every named annotation, or (on the first refusal) none. */
    @Transactional
    public List<AnnotationData> acceptAll(long caseId, List<Long> coderAnnotationIds) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.WRITE_GOLD);
        if (coderAnnotationIds == null || coderAnnotationIds.isEmpty() || coderAnnotationIds.contains(null)) {
            throw new InvalidInputException("ids", "name at least one annotation, and no empty ids");
        }
        List<AnnotationData> accepted = new ArrayList<>();
        for (long id : new LinkedHashSet<>(coderAnnotationIds)) {
            accepted.add(acceptOne(caseId, id, me));
        }
        return accepted;
    }

    private AnnotationData acceptOne(long caseId, long coderAnnotationId, UserAccount me) {
        Annotation source = annotations.findById(coderAnnotationId)
                .filter(a -> !a.isGold() && a.getCaseId() == caseId)
                .orElseThrow(() -> new NotFoundException("no coder annotation " + coderAnnotationId + " in this case"));
        List<Annotation> gold = annotations.findGold(caseId);
        if (gold.stream().anyMatch(source::sameSpan)) {
            throw new ConflictException("the gold coding already has this span (annotation " + coderAnnotationId + ")");
        }
        // A coder's link points at their own coding; it survives only where that target was accepted into gold too.
        Long respondsTo = source.getRespondsTo() == null ? null : gold.stream()
                .filter(g -> source.getRespondsTo().equals(g.getAcceptedFrom()))
                .map(Annotation::getId).findFirst().orElse(null);
        return stored(source.goldCopy(me, respondsTo));
    }

    private AnnotationData stored(Annotation gold) {
        AnnotationData saved = annotations.saveAndFlush(gold).toData();
        events.publish(AnnotationService.changed(saved, CodingChanged.Change.CREATED));
        return saved;
    }

    /**
     * For {@link AnnotationService}: a gold row the caller may change. One they may not see reads as not found;
     * one they may see but not write is refused (403).
     */
    void requireWritable(Annotation gold, UserAccount me) {
        if (!readable(gold, me)) {
            throw new NotFoundException("no annotation with id " + gold.getId());
        }
        access.require(me, gold.getCaseId(), CaseAction.WRITE_GOLD);
    }

    /** Whether the caller may read this gold row (404 otherwise, like any annotation they may not see). */
    boolean readable(Annotation gold, UserAccount me) {
        return access.maySeeGold(me, gold.getCaseId(), released(gold.getCaseId()));
    }

    /** A gold span may answer only another gold span of the same case. */
    void checkRespondsTo(long caseId, Long target, Long self) {
        if (target == null) {
            return;
        }
        if (target.equals(self)) {
            throw new InvalidInputException("respondsTo", "an annotation cannot respond to itself");
        }
        Annotation other = annotations.findById(target).orElse(null);
        if (other == null || other.getCaseId() != caseId || !other.isGold() || Objects.equals(other.getId(), self)) {
            throw new InvalidInputException("respondsTo", "no gold annotation " + target + " in this case");
        }
    }
}
