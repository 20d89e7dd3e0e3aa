package app.kasus.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.review.AgreementFigures;
import app.kasus.review.AgreementFigures.PairwiseKappa;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementCsvTest {

    @Test
    void oneRowPerCodeAndMeasureWithUndefinedFiguresLeftEmpty() {
        AgreementFigures demand = new AgreementFigures("demand", List.of("ann", "ben", "cat"), 12,
                List.of(new PairwiseKappa("ann", "ben", 0.4), new PairwiseKappa("ann", "cat", null),
                        new PairwiseKappa("ben", "cat", -0.125)),
                0.55, null, 1.0);
        List<String> lines = List.of(AgreementCsv.of(List.of(demand)).split("\r\n", -1));
        assertThat(lines).containsExactly(
                "code,measure,coder_a,coder_b,units,coders,value",
                "demand,cohen_kappa,ann,ben,12,ann ben cat,0.4000",
                "demand,cohen_kappa,ann,cat,12,ann ben cat,",
                "demand,cohen_kappa,ben,cat,12,ann ben cat,-0.1250",
                "demand,fleiss_kappa,,,12,ann ben cat,0.5500",
                "demand,krippendorff_alpha,,,12,ann ben cat,",
                "demand,unitizing_alpha,,,12,ann ben cat,1.0000",
                "");
    }

    @Test
    void namesThatASpreadsheetWouldRunAreDefused() {
        AgreementFigures odd = new AgreementFigures("=cmd|' /C calc'!A0", List.of("a,b"), 1, List.of(), null, null, null);
        String csv = AgreementCsv.of(List.of(odd));
        assertThat(csv).contains("'=cmd|' /C calc'!A0,fleiss_kappa,,,1,\"a,b\",");
    }
}
