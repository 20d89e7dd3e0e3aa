package app.kasus.review;

import java.util.List;
import java.util.Map;

/**
 * Scores of some coders against a case's gold under one rule. {@code codes} are the codebook's codes (every coder's
 * {@link CoderScore#codes()} lists at least these); {@code goldSpans} how many spans the gold coding has;
 * {@code quotes} the text of every gold and coded span scored, by annotation id, so a view can quote a missed or
 * added span; it is empty when the report was asked for without quotes (the API, which gives spans by position);
 * {@code displayNames} the coders' names by user name.
 */
public record ScoreReport(long caseId, MatchRule rule, List<String> codes, List<CoderScore> scores, int goldSpans,
                          Map<Long, String> quotes, Map<String, String> displayNames) {

    public String displayName(String coder) {
        return displayNames.getOrDefault(coder, coder);
    }
}
