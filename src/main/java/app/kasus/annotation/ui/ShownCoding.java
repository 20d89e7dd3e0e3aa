package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.FeedbackService.FeedbackCount;
import app.kasus.annotation.LiveCoding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.function.Predicate;

/**
 * What a reading view shows of its layer, and the rules by which live changes and partial reloads change it: the
 * viewer's own annotations (whole, editable), others' as their highlights show them ({@link OtherCoding}), and how many
 * comments and how much feedback each has. Nothing newer is replaced by something older; what leaves a passage is
 * redrawn there too. The view keeps one and uses it under its UI's lock only.
 */
final class ShownCoding {

    private static final FeedbackCount NO_FEEDBACK = new FeedbackCount(0, 0);

    private final Map<Long, AnnotationData> mine = new LinkedHashMap<>();
    private final IdMap<OtherCoding> others = new IdMap<>(OtherCoding::id);
    /** Absent: none. */
    private final Map<Long, Long> commentCounts = new HashMap<>();
    /** How much feedback the viewer may read on each; absent: none. */
    private final Map<Long, FeedbackCount> feedbackCounts = new HashMap<>();

    void clear() {
        mine.clear();
        others.clear();
        commentCounts.clear();
        feedbackCounts.clear();
    }

    /** The viewer's own coding, read again; others' stay. */
    void showMine(List<AnnotationData> own) {
        mine.clear();
        own.forEach(a -> mine.put(a.id(), a));
    }

    /** The layer's annotations that are not the viewer's (those are in {@link #mine()}, editable). */
    void showOthers(List<AnnotationData> visible) {
        others.clear();
        visible.stream().filter(a -> !mine.containsKey(a.id())).forEach(a -> others.put(OtherCoding.of(a)));
    }

    /** Back to the viewer's own layer: others go, and so do their counts. */
    void dropOthers() {
        others.clear();
        commentCounts.keySet().retainAll(mine.keySet());
        feedbackCounts.keySet().retainAll(mine.keySet());
    }

    void showCounts(Map<Long, Long> comments, Map<Long, FeedbackCount> feedback) {
        commentCounts.clear();
        commentCounts.putAll(comments);
        feedbackCounts.clear();
        feedbackCounts.putAll(feedback);
    }

    /** Every annotation shown, the viewer's first. */
    List<Long> ids() {
        List<Long> ids = new ArrayList<>(mine.keySet());
        ids.addAll(others.ids());
        return ids;
    }

    Collection<AnnotationData> mine() {
        return Collections.unmodifiableCollection(mine.values());
    }

    AnnotationData own(long id) {
        return mine.get(id);
    }

    boolean isOwn(long id) {
        return mine.containsKey(id);
    }

    boolean isOthers(long id) {
        return others.containsKey(id);
    }

    /** The viewer saved it: shown as the server answered. */
    void saved(AnnotationData annotation) {
        mine.put(annotation.id(), annotation);
    }

    /** The passage the annotation is shown in, or -1 when it is not shown. */
    long passageOf(long id) {
        AnnotationData own = mine.get(id);
        if (own != null) {
            return own.passageId();
        }
        OtherCoding other = others.get(id);
        return other != null ? other.passageId() : -1;
    }

    void forEachIn(long passageId, Consumer<AnnotationData> own, Consumer<OtherCoding> other) {
        for (AnnotationData a : mine.values()) {
            if (a.passageId() == passageId) {
                own.accept(a);
            }
        }
        others.forEachValue(o -> {
            if (o.passageId() == passageId) {
                other.accept(o);
            }
        });
    }

    long comments(long id) {
        return commentCounts.getOrDefault(id, 0L);
    }

    FeedbackCount feedback(long id) {
        return feedbackCounts.getOrDefault(id, NO_FEEDBACK);
    }

    /**
     * Counts read again for one annotation (null: none, or it is no longer visible); answers whether it is shown, so
     * its passage is to be redrawn. Nothing is kept for an annotation not shown.
     */
    boolean recounted(long id, Long comments, FeedbackCount feedback) {
        if (passageOf(id) < 0) {
            return false;
        }
        if (comments == null || comments == 0) {
            commentCounts.remove(id);
        } else {
            commentCounts.put(id, comments);
        }
        if (feedback == null || feedback.total() == 0) {
            feedbackCounts.remove(id);
        } else {
            feedbackCounts.put(id, feedback);
        }
        return true;
    }

    /**
     * One change that carries its annotation, against what is shown now; answers the passages to redraw.
     * {@code me}: the viewer (normalized username); {@code inLayer}: whether another coder's change belongs to the
     * layer shown; {@code askAgain}: passages whose coding must be read again (answers lost their link when what they
     * answer was deleted, which the event does not carry).
     */
    Set<Long> apply(LiveCoding.Change change, String me, Predicate<LiveCoding.Change> inLayer, LongConsumer askAgain) {
        AnnotationData a = change.event().annotation();
        Set<Long> redraw = new HashSet<>();
        boolean own = me.equals(a.author());
        AnnotationData ownBefore = own ? mine.get(a.id()) : null;
        OtherCoding otherBefore = own ? null : others.get(a.id());
        if (ownBefore != null) {
            redraw.add(ownBefore.passageId());
        }
        if (otherBefore != null) {
            redraw.add(otherBefore.passageId());
        }
        if (change.event().change() == CodingChanged.Change.DELETED) {
            if ((own ? mine.remove(a.id()) : others.remove(a.id())) != null) {
                forgetCounts(a.id());
            }
            mine.values().stream().filter(m -> Long.valueOf(a.id()).equals(m.respondsTo()))
                    .forEach(m -> askAgain.accept(m.passageId()));
            return redraw;
        }
        if (!own && !inLayer.test(change)) {
            others.remove(a.id());
            return redraw;
        }
        if (own) {
            if (a.equals(ownBefore) || (ownBefore != null && ownBefore.version() > a.version())) {
                return Set.of();
            }
            mine.put(a.id(), a);
            // An answer's tooltip names what it answers.
            mine.values().stream().filter(m -> Long.valueOf(a.id()).equals(m.respondsTo()))
                    .forEach(m -> redraw.add(m.passageId()));
        } else {
            OtherCoding now = OtherCoding.of(a);
            if (now.equals(otherBefore) || (otherBefore != null && otherBefore.version() > a.version())) {
                return Set.of();
            }
            others.put(now);
        }
        redraw.add(a.passageId());
        return redraw;
    }

    /**
     * What was read again for these passages ({@code passageIds}; null: all) replaces what they showed, with its
     * counts; answers the other passages to redraw (an annotation moved here from a passage not read again).
     */
    Set<Long> reloaded(Set<Long> passageIds, List<AnnotationData> own, List<AnnotationData> visible,
                       Map<Long, Long> comments, Map<Long, FeedbackCount> feedback) {
        if (passageIds == null) {
            clear();
        } else {
            mine.entrySet().removeIf(entry -> {
                boolean replaced = passageIds.contains(entry.getValue().passageId());
                if (replaced) {
                    forgetCounts(entry.getKey());
                }
                return replaced;
            });
            others.removeIf(o -> passageIds.contains(o.passageId()), this::forgetCounts);
        }
        Set<Long> movedFrom = new HashSet<>();
        own.forEach(a -> {
            AnnotationData before = mine.put(a.id(), a);
            if (before != null && before.passageId() != a.passageId()) {
                movedFrom.add(before.passageId());
            }
        });
        visible.stream().filter(a -> !mine.containsKey(a.id())).forEach(a -> {
            OtherCoding before = others.put(OtherCoding.of(a));
            if (before != null && before.passageId() != a.passageId()) {
                movedFrom.add(before.passageId());
            }
        });
        // The counts may also hold annotations recounted with the reload; only what is shown keeps one.
        comments.forEach((id, count) -> {
            if (passageOf(id) >= 0) {
                commentCounts.put(id, count);
            }
        });
        feedback.forEach((id, count) -> {
            if (passageOf(id) >= 0) {
                feedbackCounts.put(id, count);
            }
        });
        return movedFrom;
    }

    private void forgetCounts(long id) {
        commentCounts.remove(id);
        feedbackCounts.remove(id);
    }
}
