package app.kasus.annotation;

import app.kasus.annotation.AnnotationRevision.Action;
import app.kasus.annotation.AuditedRows.Recorded;
import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseAction;
import app.kasus.cases.CaseService;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import app.kasus.group.CodingVisibility;
import app.kasus.security.AccessRules;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The recorded history of coding (Hibernate Envers, see {@code app.kasus.history}): an annotation's revisions, a
 * case's activity for instructors, and restoring deleted annotations. Access follows the live rows: whoever may read
 * an annotation reads its history (a deleted one as it was); whoever else asks finds nothing. A deleted annotation
 * comes back under its old id, with its link where the target still exists and with the comments and feedback that
 * were deleted with it, as its author or an instructor restores it; a locked coding stays as it is.
 */
@Service
public class AnnotationHistory {

    /** The most activity entries one request reads. */
    public static final int MAX_PAGE_SIZE = 200;

    private final AuditedRows audit;
    private final AnnotationRepository annotations;
    private final CommentRepository comments;
    private final FeedbackRepository feedback;
    private final CurrentUser currentUser;
    private final CodingVisibility visibility;
    private final AccessRules access;
    private final GoldService gold;
    private final SubmissionService submissions;
    private final CaseService cases;
    private final CaseAccess caseAccess;
    private final LiveEvents events;
    private final CodebookService codebooks;

    AnnotationHistory(AuditedRows audit, AnnotationRepository annotations, CommentRepository comments,
                      FeedbackRepository feedback, CurrentUser currentUser, CodingVisibility visibility,
                      AccessRules access, GoldService gold, SubmissionService submissions, CaseService cases,
                      CaseAccess caseAccess, LiveEvents events, CodebookService codebooks) {
        this.codebooks = codebooks;
        this.audit = audit;
        this.annotations = annotations;
        this.comments = comments;
        this.feedback = feedback;
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.access = access;
        this.gold = gold;
        this.submissions = submissions;
        this.cases = cases;
        this.caseAccess = caseAccess;
        this.events = events;
    }

    /** The annotation's revisions, oldest first, if the caller may read it (or could, before it was deleted). */
    @Transactional(readOnly = true)
    public List<AnnotationRevision> history(long annotationId) {
        UserAccount me = currentUser.require();
        List<Recorded<Annotation>> recorded = audit.revisions(annotationId);
        Annotation subject = annotations.findById(annotationId)
                .orElse(recorded.isEmpty() ? null : recorded.get(recorded.size() - 1).row());
        if (subject == null || !authorExists(subject) || !readable(subject, me)) {
            throw notFound(annotationId);
        }
        List<AnnotationRevision> revisions = new ArrayList<>(recorded.size());
        AnnotationData before = null;
        Action previous = null;
        for (Recorded<Annotation> r : recorded) {
            AnnotationData state = r.row().toData();
            Action action = AnnotationChanges.action(r.action(), previous);
            List<AnnotationRevision.FieldChange> changes = action == Action.UPDATED && before != null
                    ? AnnotationChanges.between(before, state) : List.of();
            revisions.add(new AnnotationRevision(r.revision().getId(), r.revision().getTime(),
                    r.revision().getUsername(), action, changes, state));
            before = state;
            previous = r.action();
        }
        return revisions;
    }

    /** The case's deleted annotations the caller may restore, most recently deleted first. */
    @Transactional(readOnly = true)
    public List<DeletedAnnotation> deleted(long caseId) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        List<Recorded<Annotation>> deletions = audit.deletions(caseId);
        Set<Long> ids = deletions.stream().map(d -> d.row().getId()).collect(Collectors.toSet());
        Set<Long> live = annotations.findAllById(ids).stream().map(Annotation::getId).collect(Collectors.toSet());
        Set<Long> authors = audit.existingAccounts(deletions.stream().map(d -> d.row().getAuthor().getId())
                .collect(Collectors.toSet()));
        Set<Long> seen = new HashSet<>();
        List<DeletedAnnotation> result = new ArrayList<>();
        for (Recorded<Annotation> d : deletions) {
            Annotation was = d.row();
            if (seen.add(was.getId()) && !live.contains(was.getId()) && authors.contains(was.getAuthor().getId())
                    && readable(was, me) && mayRestore(was, me)) {
                result.add(new DeletedAnnotation(was.toData(), d.revision().getTime(), d.revision().getUsername()));
            }
        }
        return result;
    }

    /** The caller's own deleted annotations of the case, for the reading view's list. */
    @Transactional(readOnly = true)
    public List<DeletedAnnotation> deletedByMe(long caseId) {
        String me = currentUser.require().getUsername();
        return deleted(caseId).stream().filter(d -> !d.annotation().gold() && d.annotation().author().equals(me))
                .toList();
    }

    /**
     * Puts a deleted annotation back as it was when deleted. An annotation that exists is not deleted (409, if the
     * caller may see it); one the caller may not restore reads as not found.
     */
    @Transactional
    public AnnotationData restore(long annotationId) {
        UserAccount me = currentUser.require();
        Optional<Annotation> existing = annotations.findById(annotationId);
        if (existing.isPresent()) {
            if (readable(existing.get(), me)) {
                throw new ConflictException("annotation " + annotationId + " is not deleted");
            }
            throw notFound(annotationId);
        }
        List<Recorded<Annotation>> recorded = audit.revisions(annotationId);
        Recorded<Annotation> deletion = recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        if (deletion == null || deletion.action() != Action.DELETED || !authorExists(deletion.row())
                || !readable(deletion.row(), me)
                || !mayRestore(deletion.row(), me)) {
            throw notFound(annotationId);
        }
        Annotation was = deletion.row();
        AnnotationData data = was.toData();
        cases.requireCase(data.caseId());
        if (cases.passage(data.passageId()).isEmpty()) {
            throw new NotFoundException("the passage of annotation " + annotationId + " no longer exists");
        }
        if (!was.isGold()) {
            submissions.requireUnlocked(data.caseId(), was.getAuthor());
        }
        requireInCodebook(data);
        audit.reinsert(data, was.getAuthor().getId(), linkTarget(data.respondsTo(), was),
                data.acceptedFrom() == null || !annotations.existsById(data.acceptedFrom()) ? null : data.acceptedFrom());
        Annotation restored = annotations.findById(annotationId).orElseThrow();
        restored.restored();
        long revision = deletion.revision().getId();
        List<Comment> deletedComments = audit.notesDeletedWith(Comment.class, annotationId, revision);
        List<Feedback> deletedFeedback = audit.notesDeletedWith(Feedback.class, annotationId, revision);
        Set<Long> noteAuthors = audit.existingAccounts(Stream.concat(deletedComments.stream(), deletedFeedback.stream())
                .map(n -> n.getAuthor().getId()).collect(Collectors.toSet()));
        for (Comment c : deletedComments) {
            if (noteAuthors.contains(c.getAuthor().getId())) {
                comments.save(new Comment(c, audit.account(c.getAuthor().getId())));
            }
        }
        for (Feedback f : deletedFeedback) {
            if (noteAuthors.contains(f.getAuthor().getId())) {
                feedback.save(new Feedback(f, audit.account(f.getAuthor().getId())));
            }
        }
        // The responses whose link the deletion cleared point to it again, unless they were linked elsewhere since.
        for (Long responder : audit.linksClearedBy(annotationId, revision)) {
            annotations.findById(responder).filter(r -> r.getRespondsTo() == null).ifPresent(r -> r.relink(annotationId));
        }
        AnnotationData result = annotations.saveAndFlush(restored).toData();
        events.publish(AnnotationService.changed(result, CodingChanged.Change.CREATED));
        return result;
    }

    /** The case's changes, newest first, from {@code offset}; for instructors and administrators. */
    @Transactional(readOnly = true)
    public List<ActivityEntry> activity(long caseId, long offset, int limit) {
        UserAccount me = currentUser.require();
        caseAccess.require(me, caseId, CaseAction.VIEW_ACTIVITY);
        if (offset < 0) {
            throw new InvalidInputException("page", "must be 0 or more");
        }
        if (limit < 1 || limit > MAX_PAGE_SIZE) {
            throw new InvalidInputException("size", "must be between 1 and " + MAX_PAGE_SIZE);
        }
        return audit.activity(caseId, offset, limit);
    }

    /** Whether the signed-in user may read case activity, for views deciding what to offer. */
    @Transactional(readOnly = true)
    public boolean mayViewActivity() {
        return caseAccess.allows(currentUser.require(), CaseAction.VIEW_ACTIVITY);
    }

    /**
     * A codebook change may have deleted the annotation's code (with its annotations) or an actor or stage since: it
     * comes back only once the codebook has them again, so no annotation names what the codebook does not hold.
     */
    private void requireInCodebook(AnnotationData data) {
        Codebook codebook = codebooks.forCase(data.caseId());
        if (codebook.code(data.code()).isEmpty()) {
            throw new ConflictException("the code '" + data.code() + "' is no longer in this case's codebook; an"
                    + " instructor can add it again, then restore");
        }
        for (String actor : Arrays.asList(data.actor(), data.addressee())) {
            if (actor != null && codebook.actor(actor).isEmpty()) {
                throw new ConflictException("the actor '" + actor + "' is no longer in this case's codebook; an"
                        + " instructor can add it again, then restore");
            }
        }
        if (codebook.stage(data.stage()).isEmpty()) {
            throw new ConflictException("stage " + data.stage() + " is no longer in this case's codebook; an"
                    + " instructor can add it again, then restore");
        }
    }

    /** The restored link: kept where its target still exists in the same case and layer, dropped otherwise. */
    private Long linkTarget(Long target, Annotation was) {
        if (target == null) {
            return null;
        }
        return annotations.findLinkTarget(target)
                .filter(t -> t.getCaseId() == was.getCaseId() && t.isGold() == was.isGold())
                .map(Annotation::getId).orElse(null);
    }

    private boolean authorExists(Annotation a) {
        return !audit.existingAccounts(List.of(a.getAuthor().getId())).isEmpty();
    }

    private boolean readable(Annotation a, UserAccount me) {
        return a.isGold() ? gold.readable(a, me) : visibility.maySee(me, a.getAuthor().getUsername());
    }

    private boolean mayRestore(Annotation a, UserAccount me) {
        if (a.isGold()) {
            return gold.readable(a, me) && access.mayEditGold(me);
        }
        return access.mayRestoreCodingOf(me, a.getAuthor());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no annotation with id " + id);
    }
}
