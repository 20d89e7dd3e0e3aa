package app.kasus.annotation;

import java.time.Instant;

/**
 * A comment as callers see it: {@code author} is the username, {@code authorName} the display name; {@code text} is
 * plain text, to be shown as text and never interpreted as HTML. {@code edited} once the text changed after posting.
 */
public record CommentData(long id, long annotationId, String author, String authorName, String text, long version,
                          Instant created, Instant modified, boolean edited) {
}
