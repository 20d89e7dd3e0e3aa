package app.kasus.annotation;

import java.time.Instant;

/**
 * Feedback as callers see it: {@code author} is the instructor's username, {@code authorName} their display name;
 * {@code text} is plain text, shown as text and never interpreted as HTML. {@code read} once the annotation's coder
 * has seen this text.
 */
public record FeedbackData(long id, long annotationId, String author, String authorName, String text, long version,
                           Instant created, Instant modified, boolean edited, boolean read) {
}
