package app.kasus.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.review.MatchRule;
import app.kasus.review.ScoreReport;
import app.kasus.review.ScoredSpan;
import app.kasus.review.Scoring;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoreFormatsTest {

    @Test
    void rowsPerCodeThenTheMicroAverageWithUndefinedRatiosEmpty() {
        ScoredSpan gold = new ScoredSpan(1, 7, 0, 10, "concession", "DPRK");
        ScoredSpan found = new ScoredSpan(2, 7, 0, 10, "concession", "DPRK");
        ScoreReport report = new ScoreReport(1, MatchRule.EXACT, List.of("concession", "demand"),
                List.of(Scoring.score("ana", List.of(gold), List.of(found), MatchRule.EXACT,
                        List.of("concession", "demand"))), 0, Map.of(), Map.of());

        assertThat(ScoreFormats.csv(report).split("\r\n")).containsExactly(
                "match,coder,level,code,tp,fp,fn,precision,recall,f1",
                "exact,ana,code,concession,1,0,0,1.0000,1.0000,1.0000",
                "exact,ana,code,demand,0,0,0,,,",
                "exact,ana,micro,,1,0,0,1.0000,1.0000,1.0000");
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsDefused() {
        ScoreReport report = new ScoreReport(1, MatchRule.OVERLAP, List.of(),
                List.of(Scoring.score("ana", List.of(), List.of(new ScoredSpan(1, 7, 0, 3, "=HYPERLINK(\"x\")", "US")),
                        MatchRule.OVERLAP)), 0, Map.of(), Map.of());

        assertThat(ScoreFormats.csv(report)).contains("overlap,ana,code,\"'=HYPERLINK(\"\"x\"\")\",0,1,0,0.0000,,");
    }
}
