package app.kasus.annotation;

import app.kasus.base.InvalidInputException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.group.CodingVisibility;
import app.kasus.security.AccessRules;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An instructor's feedback on a coder's annotation. Unlike a comment thread it is private: the annotation's coder and
 * the instructors read it, nobody else — a groupmate who sees the annotation is refused (403), anyone who may not
 * even see the annotation gets "not found". Instructors write it ({@link AccessRules#mayGiveFeedback}); only its
 * author edits or deletes it; the coder marks it read by opening it. Every method acts as the signed-in user.
 */
@Service
public class FeedbackService {

    /** How much feedback an annotation has and how much of it its coder has not read yet. */
    public record FeedbackCount(long total, long unread) {
    }

    private final FeedbackRepository feedback;
    private final AnnotationRepository annotations;
    private final CurrentUser currentUser;
    private final CodingVisibility visibility;
    private final AccessRules access;
    private final LiveEvents events;

    private final AnnotationAccess annotationAccess;

    FeedbackService(FeedbackRepository feedback, AnnotationRepository annotations, CurrentUser currentUser,
                    CodingVisibility visibility, AccessRules access, LiveEvents events,
                    AnnotationAccess annotationAccess) {
        this.annotationAccess = annotationAccess;
        this.feedback = feedback;
        this.annotations = annotations;
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.access = access;
        this.events = events;
    }

    /** The feedback on the annotation, oldest first. */
    @Transactional(readOnly = true)
    public List<FeedbackData> on(long annotationId) {
        readable(annotationId, currentUser.require());
        return feedback.findByAnnotation(annotationId).stream().map(Feedback::toData).toList();
    }

    /** Whether the signed-in user writes feedback (the panel offers the field only then). */
    @Transactional(readOnly = true)
    public boolean mayWrite() {
        return access.mayGiveFeedback(currentUser.require());
    }

    @Transactional
    public FeedbackData add(long annotationId, String text) {
        UserAccount me = currentUser.require();
        Annotation annotation = readable(annotationId, me);
        if (!access.mayGiveFeedback(me)) {
            throw new AccessDeniedException("only instructors give feedback");
        }
        Feedback written = feedback.saveAndFlush(new Feedback(annotationId, me, ThreadText.valid(text)));
        publish(annotation);
        return written.toData();
    }

    /** Replaces the text of one's own feedback, which the coder then sees as unread again. */
    @Transactional
    public FeedbackData edit(long feedbackId, String text, Long expectedVersion) {
        UserAccount me = currentUser.require();
        Feedback item = ownFeedback(feedbackId, me);
        if (expectedVersion == null) {
            throw new InvalidInputException("version", "required: the version you read");
        }
        item.requireVersion(expectedVersion);
        item.edit(ThreadText.valid(text));
        FeedbackData edited = feedback.saveAndFlush(item).toData();
        publish(annotationOf(item));
        return edited;
    }

    @Transactional
    public void delete(long feedbackId, Long expectedVersion) {
        UserAccount me = currentUser.require();
        Feedback item = ownFeedback(feedbackId, me);
        if (expectedVersion != null) {
            item.requireVersion(expectedVersion);
        }
        Annotation annotation = annotationOf(item);
        feedback.delete(item);
        feedback.flush();
        publish(annotation);
    }

    /**
     * The coder has seen the feedback on their annotation: marks all of it read. Only the coder's own reading counts
     * (an instructor opening it changes nothing); returns how many pieces were newly marked.
     */
    @Transactional
    public int markRead(long annotationId) {
        UserAccount me = currentUser.require();
        Annotation annotation = readable(annotationId, me);
        if (!isCoder(annotation, me)) {
            return 0;
        }
        int marked = feedback.markRead(annotationId, app.kasus.base.StoredTime.now());
        if (marked > 0) {
            publish(annotation);
        }
        return marked;
    }

    /**
     * Feedback counts of the named annotations of the case whose feedback the caller may read and that have any, for
     * flagging highlights; the rest are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, FeedbackCount> counts(long caseId, Collection<Long> annotationIds) {
        if (annotationIds == null || annotationIds.isEmpty()) {
            return Map.of();
        }
        // Annotations with feedback are few: count by case, then check only those (see CommentService.counts).
        Set<Long> named = annotationIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, FeedbackCount> counts = new LinkedHashMap<>();
        for (Object[] row : feedback.countInCase(caseId)) {
            if (named.contains((Long) row[0])) {
                counts.put((Long) row[0], new FeedbackCount(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
            }
        }
        UserAccount me = currentUser.require();
        if (!counts.isEmpty() && !access.mayGiveFeedback(me)) {
            Set<Long> own = annotations.findAllById(counts.keySet()).stream().filter(a -> isCoder(a, me))
                    .map(Annotation::getId).collect(Collectors.toSet());
            counts.keySet().retainAll(own);
        }
        return counts;
    }

    /** An annotation whose feedback the caller may read: 404 when they may not see it at all, 403 when not theirs. */
    private Annotation readable(long annotationId, UserAccount me) {
        // Gold spans are the case's, not a coder's: there is nobody to give feedback to.
        Annotation annotation = annotationAccess.requireReadableCoding(annotationId, me);
        if (!isCoder(annotation, me) && !access.mayGiveFeedback(me)) {
            throw new AccessDeniedException("feedback is for the annotation's coder and the instructors only");
        }
        return annotation;
    }

    private Feedback ownFeedback(long feedbackId, UserAccount me) {
        Feedback item = feedback.findById(feedbackId)
                .filter(f -> annotationAccess.readableCoding(f.getAnnotationId(), me)
                        .map(a -> isCoder(a, me) || access.mayGiveFeedback(me)).orElse(false))
                .orElseThrow(() -> new NotFoundException("no feedback with id " + feedbackId));
        if (!Objects.equals(item.getAuthor().getId(), me.getId())) {
            throw new AccessDeniedException("only its author may change or delete feedback " + feedbackId);
        }
        return item;
    }

    private Annotation annotationOf(Feedback item) {
        return annotations.findById(item.getAnnotationId())
                .orElseThrow(() -> new NotFoundException("no annotation with id " + item.getAnnotationId()));
    }

    private static boolean isCoder(Annotation annotation, UserAccount me) {
        return AnnotationAccess.isAuthor(annotation, me);
    }

    private void publish(Annotation annotation) {
        events.publish(new FeedbackChanged(annotation.getCaseId(), annotation.getId(),
                annotation.getAuthor().getUsername()));
    }
}
