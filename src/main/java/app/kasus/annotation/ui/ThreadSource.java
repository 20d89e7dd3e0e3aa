package app.kasus.annotation.ui;

import app.kasus.annotation.CommentData;
import app.kasus.annotation.CommentService;
import app.kasus.annotation.FeedbackData;
import app.kasus.annotation.FeedbackService;
import java.time.Instant;
import java.util.List;

/**
 * What a {@link CommentThread} shows and changes: an annotation's comments, or the instructors' feedback on it. The
 * thread looks the same for both; this names the service behind it, its words ({@code keyPrefix}: translation keys
 * such as {@code comments.post}) and its element ids and class names ({@code idPrefix}: {@code #comment-draft},
 * {@code .comment-text}).
 */
interface ThreadSource {

    /** One entry as the thread shows it; {@code unread}: feedback its coder has not seen yet (comments never are). */
    record Entry(long id, String author, String authorName, String text, long version, Instant created,
                 Instant modified, boolean edited, boolean unread) {
    }

    List<Entry> list(long annotationId);

    void add(long annotationId, String text);

    void edit(long entryId, String text, long version);

    void delete(long entryId, long version);

    boolean mayWrite();

    int maxLength();

    String keyPrefix();

    String idPrefix();

    /** The translation key of the mark on an unread entry. */
    default String unreadKey() {
        return keyPrefix() + ".unread";
    }

    static ThreadSource comments(CommentService comments) {
        return new ThreadSource() {
            @Override
            public List<Entry> list(long annotationId) {
                return comments.thread(annotationId).stream().map(ThreadSource::entry).toList();
            }

            @Override
            public void add(long annotationId, String text) {
                comments.add(annotationId, text);
            }

            @Override
            public void edit(long entryId, String text, long version) {
                comments.edit(entryId, text, version);
            }

            @Override
            public void delete(long entryId, long version) {
                comments.delete(entryId, version);
            }

            @Override
            public boolean mayWrite() {
                return comments.mayWrite();
            }

            @Override
            public int maxLength() {
                return CommentService.MAX_LENGTH;
            }

            @Override
            public String keyPrefix() {
                return "comments";
            }

            @Override
            public String idPrefix() {
                return "comment";
            }
        };
    }

    /**
     * Feedback on an annotation. {@code forCoder}: the reader is the annotation's coder, for whom unread feedback is
     * "new"; to the instructors it is feedback the coder has not read yet.
     */
    static ThreadSource feedback(FeedbackService feedback, boolean forCoder) {
        return new ThreadSource() {
            @Override
            public List<Entry> list(long annotationId) {
                return feedback.on(annotationId).stream().map(ThreadSource::entry).toList();
            }

            @Override
            public void add(long annotationId, String text) {
                feedback.add(annotationId, text);
            }

            @Override
            public void edit(long entryId, String text, long version) {
                feedback.edit(entryId, text, version);
            }

            @Override
            public void delete(long entryId, long version) {
                feedback.delete(entryId, version);
            }

            @Override
            public boolean mayWrite() {
                return feedback.mayWrite();
            }

            @Override
            public int maxLength() {
                return FeedbackService.MAX_LENGTH;
            }

            @Override
            public String keyPrefix() {
                return "feedback";
            }

            @Override
            public String idPrefix() {
                return "feedback";
            }

            @Override
            public String unreadKey() {
                return forCoder ? "feedback.unread" : "feedback.unreadByCoder";
            }
        };
    }

    private static Entry entry(CommentData c) {
        return new Entry(c.id(), c.author(), c.authorName(), c.text(), c.version(), c.created(), c.modified(),
                c.edited(), false);
    }

    private static Entry entry(FeedbackData f) {
        return new Entry(f.id(), f.author(), f.authorName(), f.text(), f.version(), f.created(), f.modified(),
                f.edited(), !f.read());
    }
}
