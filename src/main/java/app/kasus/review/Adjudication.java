package app.kasus.review;

import app.kasus.review.Disagreements.PassageReview;
import java.util.List;

/**
 * The review of chosen coders' coding of a case: the passages to look at, in reading order, and how many agreed
 * spans are not gold yet (over the whole case, listed or not). {@code code}: the code filter, or null.
 */
public record Adjudication(long caseId, List<String> coders, String code, List<PassageReview> passages,
                           int agreedNotInGold) {
}
