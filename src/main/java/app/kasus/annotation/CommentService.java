package app.kasus.annotation;

import app.kasus.base.InvalidInputException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.group.CodingVisibility;
import app.kasus.security.AccessRules;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comment threads on annotations. Whoever may see an annotation ({@link CodingVisibility}: its author, the members
 * of the author's groups, staff) reads its thread; all of them but researchers, who observe, also write in it.
 * Only a comment's author edits or deletes it. A thread or comment whose annotation the caller may not see reads as
 * not found, revealing nothing. Every method acts as the signed-in user and checks this itself.
 */
@Service
public class CommentService {

    private final CommentRepository comments;
    private final AnnotationRepository annotations;
    private final CurrentUser currentUser;
    private final CodingVisibility visibility;
    private final LiveEvents events;

    private final AnnotationAccess access;
    private final AccessRules rules;

    CommentService(CommentRepository comments, AnnotationRepository annotations, CurrentUser currentUser,
                   CodingVisibility visibility, LiveEvents events, AnnotationAccess access, AccessRules rules) {
        this.access = access;
        this.rules = rules;
        this.comments = comments;
        this.annotations = annotations;
        this.currentUser = currentUser;
        this.visibility = visibility;
        this.events = events;
    }

    /** The annotation's comments, oldest first. */
    @Transactional(readOnly = true)
    public List<CommentData> thread(long annotationId) {
        visibleAnnotation(annotationId, currentUser.require());
        return comments.findThread(annotationId).stream().map(Comment::toData).toList();
    }

    /** Whether the signed-in user may post in the thread of an annotation they can see (researchers only read). */
    @Transactional(readOnly = true)
    public boolean mayWrite() {
        return mayWrite(currentUser.require());
    }

    @Transactional
    public CommentData add(long annotationId, String text) {
        UserAccount me = currentUser.require();
        Annotation annotation = visibleAnnotation(annotationId, me);
        if (!mayWrite(me)) {
            throw new AccessDeniedException("researchers read comments but do not write them");
        }
        Comment comment = comments.saveAndFlush(new Comment(annotationId, me, ThreadText.valid(text)));
        events.publish(new CommentsChanged(annotation.getCaseId(), annotationId));
        return comment.toData();
    }

    /** Replaces the text of one's own comment; {@code expectedVersion} is the version the caller read. */
    @Transactional
    public CommentData edit(long commentId, String text, Long expectedVersion) {
        UserAccount me = currentUser.require();
        Comment comment = ownComment(commentId, me);
        if (expectedVersion == null) {
            throw new InvalidInputException("version", "required: the version you read");
        }
        comment.requireVersion(expectedVersion);
        comment.edit(ThreadText.valid(text));
        // Flushing here turns a concurrent writer's commit into a conflict the caller sees, not a lost update.
        CommentData edited = comments.saveAndFlush(comment).toData();
        events.publish(new CommentsChanged(caseOf(comment), comment.getAnnotationId()));
        return edited;
    }

    /** Deletes one's own comment; {@code expectedVersion} may be null when the caller did not read one. */
    @Transactional
    public void delete(long commentId, Long expectedVersion) {
        UserAccount me = currentUser.require();
        Comment comment = ownComment(commentId, me);
        if (expectedVersion != null) {
            comment.requireVersion(expectedVersion);
        }
        long caseId = caseOf(comment);
        comments.delete(comment);
        comments.flush();
        events.publish(new CommentsChanged(caseId, comment.getAnnotationId()));
    }

    /**
     * How many comments each named annotation of the case has, for marking highlights: an entry for every one the
     * caller may see that has comments; annotations without comments, of another case, that do not exist or that
     * they may not see are left out.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> counts(long caseId, Collection<Long> annotationIds) {
        if (annotationIds == null || annotationIds.isEmpty()) {
            return Map.of();
        }
        // Commented annotations are few next to a case's coding: count by case, then check only those. Asking the
        // database about every shown annotation by id took a 5,000-value IN list, scanned per row (issue 10).
        Set<Long> named = annotationIds.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        Map<Long, Long> withComments = new LinkedHashMap<>();
        for (Object[] row : comments.countInCase(caseId)) {
            if (named.contains((Long) row[0])) {
                withComments.put((Long) row[0], (Long) row[1]);
            }
        }
        if (withComments.isEmpty()) {
            return Map.of();
        }
        Predicate<String> visible = visibleCoders(currentUser.require());
        Map<Long, Long> counts = new LinkedHashMap<>();
        for (Annotation a : annotations.findAllById(withComments.keySet())) {
            if (!a.isGold() && visible.test(a.getAuthor().getUsername())) {
                counts.put(a.getId(), withComments.get(a.getId()));
            }
        }
        return counts;
    }

    private boolean mayWrite(UserAccount me) {
        return rules.mayComment(me);
    }

    /** Gold spans have no thread: their author is whoever last edited them, not someone the thread addresses. */
    private Annotation visibleAnnotation(long annotationId, UserAccount me) {
        return access.requireReadableCoding(annotationId, me);
    }

    /** A comment on an annotation the caller may see, written by the caller; 404 and 403 otherwise. */
    private Comment ownComment(long commentId, UserAccount me) {
        Comment comment = comments.findById(commentId)
                .filter(c -> access.readableCoding(c.getAnnotationId(), me).isPresent())
                .orElseThrow(() -> new NotFoundException("no comment with id " + commentId));
        if (!Objects.equals(comment.getAuthor().getId(), me.getId())) {
            throw new AccessDeniedException("only its author may change or delete comment " + commentId);
        }
        return comment;
    }

    private long caseOf(Comment comment) {
        return annotations.findById(comment.getAnnotationId()).map(Annotation::getCaseId)
                .orElseThrow(() -> new NotFoundException("no annotation with id " + comment.getAnnotationId()));
    }

    private Predicate<String> visibleCoders(UserAccount me) {
        if (visibility.seesEveryone(me)) {
            return coder -> true;
        }
        Set<String> mates = visibility.groupmates(me);
        Map<String, Boolean> cache = new HashMap<>();
        return coder -> cache.computeIfAbsent(coder, mates::contains);
    }
}
