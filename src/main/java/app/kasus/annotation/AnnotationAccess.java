package app.kasus.annotation;

import app.kasus.base.NotFoundException;
import app.kasus.cases.CaseAccess;
import app.kasus.group.CodingVisibility;
import app.kasus.security.UserAccount;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a user may read or change one annotation, asked by every service that takes an annotation id (coding,
 * comments, feedback): the one place the rules meet. An annotation is readable when its case is (drafts only for
 * staff, {@link CaseAccess}) and, for a coder's annotation, its author's coding is visible to the user
 * ({@link CodingVisibility}: their own, their groupmates', staff everyone's); a gold span when the user may see the
 * case's gold coding. It is changeable by its author while their coding of the case is not locked, and a gold span
 * by those who write gold. What a user may not read is "not found", revealing nothing; what they read but may not
 * change is refused (403). Role rules stay in {@code security.AccessRules}.
 */
@Component
public class AnnotationAccess {

    private final AnnotationRepository annotations;
    private final CaseAccess cases;
    private final CodingVisibility visibility;
    private final GoldService gold;
    private final SubmissionService submissions;

    AnnotationAccess(AnnotationRepository annotations, CaseAccess cases, CodingVisibility visibility, GoldService gold,
                     SubmissionService submissions) {
        this.annotations = annotations;
        this.cases = cases;
        this.visibility = visibility;
        this.gold = gold;
        this.submissions = submissions;
    }

    /** Whether the user may read the annotation, gold or a coder's. */
    @Transactional(readOnly = true)
    public boolean mayRead(UserAccount user, long annotationId) {
        return annotations.findById(annotationId).filter(a -> readable(a, user)).isPresent();
    }

    /** The annotation, gold or a coder's, if the user may read it; not found otherwise. */
    Annotation requireReadable(long id, UserAccount user) {
        return annotations.findById(id).filter(a -> readable(a, user)).orElseThrow(() -> notFound(id));
    }

    /**
     * A coder's annotation the user may read, for its thread and feedback: a gold span is the case's, with nobody
     * to address, so it reads as not found here.
     */
    Annotation requireReadableCoding(long id, UserAccount user) {
        return readableCoding(id, user).orElseThrow(() -> notFound(id));
    }

    Optional<Annotation> readableCoding(long id, UserAccount user) {
        return annotations.findById(id).filter(a -> !a.isGold() && readable(a, user));
    }

    /** An annotation the user may change; not found when they may not read it, refused when it is not theirs. */
    Annotation requireChangeable(long id, UserAccount user) {
        Annotation annotation = annotations.findById(id)
                .filter(a -> a.isGold() ? cases.mayRead(user, a.getCaseId()) : readable(a, user))
                .orElseThrow(() -> notFound(id));
        if (annotation.isGold()) {
            gold.requireWritable(annotation, user);
            return annotation;
        }
        if (!isAuthor(annotation, user)) {
            throw new AccessDeniedException("only the author may read or change annotation " + id);
        }
        submissions.requireUnlocked(annotation.getCaseId(), user);
        return annotation;
    }

    static boolean isAuthor(Annotation annotation, UserAccount user) {
        return annotation.getAuthor() != null && Objects.equals(annotation.getAuthor().getId(), user.getId());
    }

    private boolean readable(Annotation annotation, UserAccount user) {
        if (!cases.mayRead(user, annotation.getCaseId())) {
            return false;
        }
        return annotation.isGold() ? gold.readable(annotation, user)
                : visibility.maySee(user, annotation.getAuthor().getUsername());
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("no annotation with id " + id);
    }
}
