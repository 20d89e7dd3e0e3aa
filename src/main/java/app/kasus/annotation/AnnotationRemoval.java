package app.kasus.annotation;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Deletes annotations so that the history records everything the deletion touches and a restore can bring it back:
 * their comments and feedback row by row rather than by the database's cascade, and the links that other annotations
 * had to them cleared through JPA rather than by the foreign key's {@code on delete set null}. One place for a single
 * deletion and for a codebook change that deletes a code's annotations.
 */
@Component
class AnnotationRemoval {

    private final AnnotationRepository annotations;
    private final CommentRepository comments;
    private final FeedbackRepository feedback;

    AnnotationRemoval(AnnotationRepository annotations, CommentRepository comments, FeedbackRepository feedback) {
        this.annotations = annotations;
        this.comments = comments;
        this.feedback = feedback;
    }

    /** Deletes the annotations within the caller's transaction; access is the caller's to check. */
    void remove(Collection<Annotation> doomed) {
        Set<Long> ids = doomed.stream().map(Annotation::getId).collect(Collectors.toSet());
        for (Annotation annotation : doomed) {
            comments.deleteAll(comments.findThread(annotation.getId()));
            feedback.deleteAll(feedback.findByAnnotation(annotation.getId()));
            // A deleted annotation keeps its own link in its last recorded state, so a restore finds it there.
            annotations.findByRespondsTo(annotation.getId()).stream()
                    .filter(responder -> !ids.contains(responder.getId()))
                    .forEach(Annotation::unlink);
        }
        annotations.deleteAll(doomed);
        annotations.flush();
        ids.forEach(annotations::clearLinksTo);
    }

    void remove(Annotation annotation) {
        remove(List.of(annotation));
    }
}
