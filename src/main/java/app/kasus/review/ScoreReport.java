package app.kasus.review;

import app.kasus.annotation.AnnotationData;
import java.util.List;
import java.util.Map;

/**
 * Scores of some coders against a case's gold under one rule. {@code codes} are the codebook's codes (every coder's
 * {@link CoderScore#codes()} lists at least these); {@code annotations} holds every gold and coded span scored, by
 * id, so a view can quote a missed or added span and link to it; {@code displayNames} the coders' names by
 * user name.
 */
public record ScoreReport(long caseId, MatchRule rule, List<String> codes, List<CoderScore> scores,
                          Map<Long, AnnotationData> annotations, Map<String, String> displayNames) {

    public String displayName(String coder) {
        return displayNames.getOrDefault(coder, coder);
    }
}
