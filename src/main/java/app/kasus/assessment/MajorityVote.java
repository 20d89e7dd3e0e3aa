package app.kasus.assessment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Combines several coders' annotations into the spans at least half of them agree on. */
public final class MajorityVote {

    private MajorityVote() {
    }

    /** Spans that can agree with each other: same passage, same code, same actor. */
    private record Key(long passageId, String code, String actor) {
        static Key of(CodedSpan span) {
            return new Key(span.passageId(), span.code(), span.actor());
        }
    }

    /**
     * Spans on which at least half of the given coders agree: same passage, overlapping offsets
     * (start < other.end && other.start < end), same code and same actor. Returns one representative span per
     * agreed cluster (the earliest-created is not known, so take the one with the smallest id), sorted by
     * reading order. coders: the usernames whose coding is combined (a coder with no spans still counts in
     * the denominator).
     */
    public static List<CodedSpan> combine(List<CodedSpan> spans, Collection<String> coders) {
        // A coder named twice is still one vote; spans of anyone not chosen take no part, not even as bridges.
        Set<String> voters = new HashSet<>(coders);
        if (voters.isEmpty()) {
            return List.of();
        }
        int needed = (int) Math.ceil(voters.size() / 2.0);

        Map<Key, List<CodedSpan>> groups = new HashMap<>();
        for (CodedSpan span : spans) {
            // An empty selection has no text to agree on (and would break the sweep below).
            if (span != null && voters.contains(span.author()) && span.start() < span.end()) {
                groups.computeIfAbsent(Key.of(span), key -> new ArrayList<>()).add(span);
            }
        }
        List<CodedSpan> agreed = new ArrayList<>();
        for (List<CodedSpan> group : groups.values()) {
            for (List<CodedSpan> cluster : clusters(group)) {
                if (cluster.stream().map(CodedSpan::author).distinct().count() >= needed) {
                    agreed.add(cluster.stream().min(Comparator.comparingLong(CodedSpan::id)).orElseThrow());
                }
            }
        }
        agreed.sort(CodedSpan.READING_ORDER);
        return List.copyOf(agreed);
    }

    /**
     * Spans that overlap transitively. Sorted by start, a span overlaps the cluster so far exactly when it starts
     * before the cluster's furthest end (every earlier span starts no later, and spans are non-empty).
     */
    private static List<List<CodedSpan>> clusters(List<CodedSpan> group) {
        group.sort(Comparator.comparingInt(CodedSpan::start).thenComparingLong(CodedSpan::id));
        List<List<CodedSpan>> clusters = new ArrayList<>();
        List<CodedSpan> current = null;
        int furthestEnd = Integer.MIN_VALUE;
        for (CodedSpan span : group) {
            if (current == null || span.start() >= furthestEnd) {
                current = new ArrayList<>();
                clusters.add(current);
                furthestEnd = span.end();
            } else {
                furthestEnd = Math.max(furthestEnd, span.end());
            }
            current.add(span);
        }
        return clusters;
    }
}
