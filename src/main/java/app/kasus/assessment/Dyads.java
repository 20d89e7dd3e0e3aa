package app.kasus.assessment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chooses the two sides whose negotiation is assessed. */
final class Dyads {

    private Dyads() {
    }

    /** An unordered pair of distinct actors, held with {@code a < b}. */
    private record Pair(String a, String b) {
        static Pair of(String x, String y) {
            return x.compareTo(y) < 0 ? new Pair(x, y) : new Pair(y, x);
        }

        /** The tie-break key named in the rules, "A|B" with A < B. */
        String key() {
            return a + "|" + b;
        }
    }

    /**
     * Rule: the dyad is the unordered pair of distinct actors with the most annotations between them (any kind
     * but OTHER, any stage, either direction); a tie goes to the smallest "A|B". Self-addressed annotations
     * never count. {@code first} is whoever made the earliest concession toward the other in reading order
     * (the gambit), else the smaller name. One pass, keeping per pair its count and earliest concession.
     *
     * @return null when no two distinct actors interact
     */
    static Dyad choose(List<CodedSpan> counted) {
        Map<Pair, Integer> annotations = new HashMap<>();
        Map<Pair, CodedSpan> earliestConcession = new HashMap<>();
        for (CodedSpan span : counted) {
            if (!span.between()) {
                continue;
            }
            Pair pair = Pair.of(span.actor(), span.addressee());
            annotations.merge(pair, 1, Integer::sum);
            if (span.kind() == CodedSpan.Kind.CONCESSION) {
                earliestConcession.merge(pair, span,
                        (kept, next) -> CodedSpan.READING_ORDER.compare(next, kept) < 0 ? next : kept);
            }
        }
        Pair best = null;
        int bestCount = 0;
        for (Map.Entry<Pair, Integer> entry : annotations.entrySet()) {
            Pair pair = entry.getKey();
            int count = entry.getValue();
            if (count > bestCount || count == bestCount && pair.key().compareTo(best.key()) < 0) {
                best = pair;
                bestCount = count;
            }
        }
        if (best == null) {
            return null;
        }
        CodedSpan gambit = earliestConcession.get(best);
        String first = gambit == null ? best.a() : gambit.actor();
        return new Dyad(first, first.equals(best.a()) ? best.b() : best.a());
    }
}
