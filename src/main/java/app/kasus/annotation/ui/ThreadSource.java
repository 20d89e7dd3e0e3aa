package app.kasus.annotation.ui;

import app.kasus.annotation.CommentData;
import app.kasus.annotation.CommentService;
import app.kasus.annotation.FeedbackData;
import app.kasus.annotation.FeedbackService;
import app.kasus.annotation.ThreadText;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * What a {@link CommentThread} shows and changes: an annotation's comments, or the instructors' feedback on it. The
 * thread looks the same for both; this names the service calls behind it, its words ({@code keyPrefix}: translation
 * keys such as {@code comments.post}), its element ids and class names ({@code idPrefix}: {@code #comment-draft},
 * {@code .comment-text}) and the key of the mark on an unread entry.
 */
record ThreadSource(LongFunction<List<ThreadSource.Entry>> lister, BiConsumer<Long, String> adder, Editor editor,
                    BiConsumer<Long, Long> deleter, BooleanSupplier writable, String keyPrefix, String idPrefix,
                    String unreadKey) {

    /** One entry as the thread shows it; {@code unread}: feedback its coder has not seen yet (comments never are). */
    record Entry(long id, String author, String authorName, String text, long version, Instant created,
                 Instant modified, boolean edited, boolean unread) {
    }

    interface Editor {
        void edit(long entryId, String text, long version);
    }

    static ThreadSource comments(CommentService comments) {
        return new ThreadSource(id -> comments.thread(id).stream().map(ThreadSource::entry).toList(),
                comments::add, comments::edit, comments::delete, comments::mayWrite,
                "comments", "comment", "comments.unread");
    }

    /**
     * Feedback on an annotation. {@code forCoder}: the reader is the annotation's coder, for whom unread feedback is
     * "new"; to the instructors it is feedback the coder has not read yet.
     */
    static ThreadSource feedback(FeedbackService feedback, boolean forCoder) {
        return new ThreadSource(id -> feedback.on(id).stream().map(ThreadSource::entry).toList(),
                feedback::add, feedback::edit, feedback::delete, feedback::mayWrite,
                "feedback", "feedback", forCoder ? "feedback.unread" : "feedback.unreadByCoder");
    }

    List<Entry> list(long annotationId) {
        return lister.apply(annotationId);
    }

    void add(long annotationId, String text) {
        adder.accept(annotationId, text);
    }

    void edit(long entryId, String text, long version) {
        editor.edit(entryId, text, version);
    }

    void delete(long entryId, long version) {
        deleter.accept(entryId, version);
    }

    boolean mayWrite() {
        return writable.getAsBoolean();
    }

    int maxLength() {
        return ThreadText.MAX_LENGTH;
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
