package app.kasus.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores a coder's spans against gold spans under a {@link MatchRule}. Matching is one-to-one: each gold span is
 * credited to at most one coded span and each coded span to at most one gold span. Among all pairs the rule
 * allows, the pair sharing the most characters is taken first (for {@link MatchRule#EXACT} every pair shares its
 * whole length), ties going to the gold span, then the coded span, that comes first in the text, so the same
 * coding always scores the same. Matched pairs are true positives of their code, gold spans left over are false
 * negatives, coded spans left over false positives.
 */
public final class Scoring {

    /** Text order: passage, start, end, then code, actor and annotation id so that equal spans still sort stably. */
    public static final Comparator<ScoredSpan> TEXT_ORDER = Comparator.comparingLong(ScoredSpan::passageId)
            .thenComparingInt(ScoredSpan::start).thenComparingInt(ScoredSpan::end)
            .thenComparing(ScoredSpan::code).thenComparing(ScoredSpan::actor)
            .thenComparingLong(ScoredSpan::annotationId);

    private record Candidate(int gold, int coded, int shared) {
    }

    private record Key(long passageId, String code, String actor) {
        static Key of(ScoredSpan s) {
            return new Key(s.passageId(), s.code(), s.actor());
        }
    }

    private static final Comparator<Candidate> BEST_FIRST = Comparator.comparingInt(Candidate::shared).reversed()
            .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::coded);

    private Scoring() {
    }

    public static CoderScore score(String coder, List<ScoredSpan> gold, List<ScoredSpan> coded, MatchRule rule) {
        return score(coder, gold, coded, rule, List.of());
    }

    /**
     * As {@link #score(String, List, List, MatchRule)}, with {@code codes} listed in the per-code figures even when
     * neither side used them (their figures are all zero and null), so coders' tables share their columns.
     */
    public static CoderScore score(String coder, List<ScoredSpan> gold, List<ScoredSpan> coded, MatchRule rule,
                                   Collection<String> codes) {
        List<ScoredSpan> g = gold.stream().sorted(TEXT_ORDER).toList();
        List<ScoredSpan> c = coded.stream().sorted(TEXT_ORDER).toList();
        boolean[] goldUsed = new boolean[g.size()];
        boolean[] codedUsed = new boolean[c.size()];
        List<CoderScore.MatchedPair> matched = new ArrayList<>();
        for (Candidate candidate : candidates(g, c, rule)) {
            if (!goldUsed[candidate.gold()] && !codedUsed[candidate.coded()]) {
                goldUsed[candidate.gold()] = true;
                codedUsed[candidate.coded()] = true;
                matched.add(new CoderScore.MatchedPair(g.get(candidate.gold()), c.get(candidate.coded())));
            }
        }
        matched.sort(Comparator.comparing(CoderScore.MatchedPair::gold, TEXT_ORDER));
        List<ScoredSpan> missed = unused(g, goldUsed);
        List<ScoredSpan> added = unused(c, codedUsed);

        Map<String, int[]> counts = new HashMap<>();
        codes.forEach(code -> counts.computeIfAbsent(code, k -> new int[3]));
        matched.forEach(p -> counts.computeIfAbsent(p.gold().code(), k -> new int[3])[0]++);
        added.forEach(s -> counts.computeIfAbsent(s.code(), k -> new int[3])[1]++);
        missed.forEach(s -> counts.computeIfAbsent(s.code(), k -> new int[3])[2]++);
        SortedMap<String, Figures> perCode = new TreeMap<>();
        counts.forEach((code, n) -> perCode.put(code, Figures.of(n[0], n[1], n[2])));
        Figures micro = Figures.of(matched.size(), added.size(), missed.size());
        return new CoderScore(coder, rule, perCode, micro, List.copyOf(matched), missed, added);
    }

    /** Whether {@code coded} may be credited with {@code gold} under the rule, before one-to-one matching. */
    public static boolean matches(MatchRule rule, ScoredSpan gold, ScoredSpan coded) {
        return shared(rule, gold, coded) > 0;
    }

    /** The characters a matching pair shares, or 0 when the rule does not let them match. */
    private static int shared(MatchRule rule, ScoredSpan gold, ScoredSpan coded) {
        if (!gold.sameCodeAndActor(coded)) {
            return 0;
        }
        int shared = gold.overlap(coded);
        return switch (rule) {
            case EXACT -> gold.start() == coded.start() && gold.end() == coded.end() ? shared : 0;
            // At least half of the shorter span: 2 * shared >= shorter, kept in integers so no rounding decides.
            case OVERLAP -> shared > 0 && 2 * shared >= Math.min(gold.length(), coded.length()) ? shared : 0;
        };
    }

    private static List<Candidate> candidates(List<ScoredSpan> gold, List<ScoredSpan> coded, MatchRule rule) {
        Map<Key, List<Integer>> codedByKey = new HashMap<>();
        for (int i = 0; i < coded.size(); i++) {
            codedByKey.computeIfAbsent(Key.of(coded.get(i)), k -> new ArrayList<>()).add(i);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int ci : codedByKey.getOrDefault(Key.of(gold.get(gi)), List.of())) {
                int shared = shared(rule, gold.get(gi), coded.get(ci));
                if (shared > 0) {
                    candidates.add(new Candidate(gi, ci, shared));
                }
            }
        }
        candidates.sort(BEST_FIRST);
        return candidates;
    }

    private static List<ScoredSpan> unused(List<ScoredSpan> spans, boolean[] used) {
        List<ScoredSpan> left = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            if (!used[i]) {
                left.add(spans.get(i));
            }
        }
        return List.copyOf(left);
    }
}
