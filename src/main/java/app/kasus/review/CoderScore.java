package app.kasus.review;

import java.util.List;
import java.util.SortedMap;

/**
 * One coder's coding compared with gold: figures per code (sorted by code) and micro-averaged over all codes (the
 * counts summed, then the ratios), the pairs that matched, the gold spans the coder missed (false negatives) and the
 * spans the coder added (false positives), both in text order.
 */
public record CoderScore(String coder, MatchRule rule, SortedMap<String, Figures> codes, Figures micro,
                         List<MatchedPair> matched, List<ScoredSpan> missed, List<ScoredSpan> added) {

    /** A gold span and the coder's span credited with finding it. */
    public record MatchedPair(ScoredSpan gold, ScoredSpan coded) {
    }
}
