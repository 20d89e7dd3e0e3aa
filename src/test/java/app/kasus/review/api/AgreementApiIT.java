package app.kasus.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The agreement API on a coding made for the test: three new students code the first case's first two passages
 * as concessions (ann both, ben only the first, cat both, with the same spans as ann), so ann and cat agree
 * perfectly and ben differs in one passage. The expected figures are worked out from the formulas below, since
 * every other passage of the case counts as a unit where nobody coded a concession.
 */
@KasusIntegrationTest
class AgreementApiIT {

    private static final String ADMIN = "it-admin-agreement";
    private static final String ADMIN_PASSWORD = "it-admin-password-agreement";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient instructor;
    private ApiClient researcher;
    private ApiClient student;
    private String ann;
    private String ben;
    private String cat;
    private long caseId;
    private int passageCount;

    @BeforeEach
    void codeTheCase() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (agreement)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        instructor = fixtures.coder(ApiFixtures.unique("agr-instructor"), "instructor");
        researcher = fixtures.coder(ApiFixtures.unique("agr-researcher"), "researcher");
        ann = ApiFixtures.unique("agr-ann");
        ben = ApiFixtures.unique("agr-ben");
        cat = ApiFixtures.unique("agr-cat");
        ApiClient annClient = fixtures.coder(ann, "student");
        ApiClient benClient = fixtures.coder(ben, "student");
        ApiClient catClient = fixtures.coder(cat, "student");
        student = annClient;

        caseId = instructor.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode passages = instructor.get("/api/cases/" + caseId + "/passages").json();
        passageCount = passages.size();
        for (int p = 0; p < 2; p++) {
            JsonNode passage = passages.get(p);
            String text = passage.get("text").asText();
            int start = 0;
            while (Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = Math.min(text.length(), start + 8);
            long id = passage.get("id").asLong();
            fixtures.annotate(annClient, caseId, id, start, end, "concession");
            fixtures.annotate(catClient, caseId, id, start, end, "concession");
            if (p == 0) {
                fixtures.annotate(benClient, caseId, id, start, end, "concession");
            }
        }
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    private String path(String code, String... coders) {
        return "/api/cases/" + caseId + "/agreement?code=" + code + "&coders=" + String.join(",", coders);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** Cohen's kappa of ann (coded 2 of n passages) and ben (1 of n, one that ann coded too). */
    private double annBenKappa() {
        double n = passageCount;
        double observed = (n - 1) / n;
        double expected = (2 / n) * (1 / n) + ((n - 2) / n) * ((n - 1) / n);
        return (observed - expected) / (1 - expected);
    }

    @Test
    void identicalCodingAgreesPerfectly() {
        JsonNode figures = ok(researcher.get(path("concession", ann, cat)));
        assertThat(figures.get("code").asText()).isEqualTo("concession");
        assertThat(figures.get("units").asInt()).isEqualTo(passageCount);
        assertThat(figures.get("coders")).extracting(JsonNode::asText).containsExactly(ann, cat);
        assertThat(figures.get("cohenKappa")).hasSize(1);
        JsonNode pair = figures.get("cohenKappa").get(0);
        assertThat(pair.get("a").asText()).isEqualTo(ann);
        assertThat(pair.get("b").asText()).isEqualTo(cat);
        assertThat(pair.get("kappa").asDouble()).isEqualTo(1.0);
        assertThat(figures.get("fleissKappa").asDouble()).isEqualTo(1.0);
        assertThat(figures.get("krippendorffAlpha").asDouble()).isEqualTo(1.0);
        assertThat(figures.get("unitizingAlpha").asDouble()).isCloseTo(1.0, offset(1e-9));
    }

    @Test
    void pairwiseKappaFollowsTheCoding() {
        JsonNode figures = ok(instructor.get(path("concession", ann, ben, cat)));
        List<String> pairs = new ArrayList<>();
        figures.get("cohenKappa").forEach(p -> pairs.add(p.get("a").asText() + "/" + p.get("b").asText()));
        assertThat(pairs).containsExactly(ann + "/" + ben, ann + "/" + cat, ben + "/" + cat);
        assertThat(figures.get("cohenKappa").get(0).get("kappa").asDouble()).isCloseTo(annBenKappa(), offset(1e-9));
        assertThat(figures.get("cohenKappa").get(1).get("kappa").asDouble()).isEqualTo(1.0);
        assertThat(figures.get("cohenKappa").get(2).get("kappa").asDouble()).isCloseTo(annBenKappa(), offset(1e-9));
        assertThat(figures.get("fleissKappa").asDouble()).isBetween(0.0, 1.0);
        assertThat(figures.get("krippendorffAlpha").asDouble()).isBetween(0.0, 1.0);
    }

    @Test
    void undefinedFiguresAreNull() {
        // Nobody coded a demand: no variance.
        JsonNode unused = ok(instructor.get(path("demand", ann, cat)));
        assertThat(unused.get("cohenKappa").get(0).get("kappa").isNull()).isTrue();
        assertThat(unused.get("fleissKappa").isNull()).isTrue();
        assertThat(unused.get("krippendorffAlpha").isNull()).isTrue();
        assertThat(unused.get("unitizingAlpha").isNull()).isTrue();

        JsonNode alone = ok(instructor.get(path("concession", ann)));
        assertThat(alone.get("cohenKappa")).isEmpty();
        assertThat(alone.get("fleissKappa").isNull()).isTrue();
        assertThat(alone.get("unitizingAlpha").isNull()).isTrue();
    }

    @Test
    void withoutCodersEveryoneWhoCodedTheCaseIsCompared() {
        JsonNode figures = ok(instructor.get("/api/cases/" + caseId + "/agreement?code=concession"));
        List<String> coders = new ArrayList<>();
        figures.get("coders").forEach(c -> coders.add(c.asText()));
        assertThat(coders).contains(ann, ben, cat);
    }

    @Test
    void onlyStaffMeasureAgreement() {
        ApiClient.Response denied = student.get(path("concession", ann, cat));
        assertThat(denied.status()).isEqualTo(403);
        assertThat(denied.json().get("error").asText()).isNotBlank();
        assertThat(student.get("/api/cases/" + caseId + "/agreement.csv?coders=" + ann + "," + cat, "text/csv").status())
                .isEqualTo(403);
        assertThat(researcher.get(path("concession", ann, cat)).status()).isEqualTo(200);
        assertThat(instructor.get(path("concession", ann, cat)).status()).isEqualTo(200);
    }

    @Test
    void badRequestsNameWhatIsWrong() {
        ApiClient.Response badCode = instructor.get(path("bargain", ann, cat));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.json().get("error").asText()).startsWith("code:").contains("bargain");

        ApiClient.Response noCode = instructor.get("/api/cases/" + caseId + "/agreement?coders=" + ann);
        assertThat(noCode.status()).isEqualTo(400);
        assertThat(noCode.json().get("error").asText()).startsWith("code:");

        String ghost = ApiFixtures.unique("agr-ghost");
        ApiClient.Response badCoder = instructor.get(path("concession", ann, ghost));
        assertThat(badCoder.status()).isEqualTo(400);
        assertThat(badCoder.json().get("error").asText()).startsWith("coders:").contains(ghost);

        ApiClient.Response noCase = instructor.get("/api/cases/987654321/agreement?code=concession");
        assertThat(noCase.status()).isEqualTo(404);
        assertThat(instructor.get("/api/cases/987654321/agreement.csv", "text/csv").status()).isEqualTo(404);
    }

    @Test
    void theCsvHoldsTheFiguresOfEveryCode() {
        ApiClient.Response csv = researcher.get("/api/cases/" + caseId + "/agreement.csv?coders=" + ann + "," + cat,
                "text/csv");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = List.of(csv.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("code,measure,coder_a,coder_b,units,coders,value");
        String coders = ann + " " + cat;
        assertThat(lines).contains(
                "concession,cohen_kappa," + ann + "," + cat + "," + passageCount + "," + coders + ",1.0000",
                "concession,fleiss_kappa,,," + passageCount + "," + coders + ",1.0000",
                "concession,unitizing_alpha,,," + passageCount + "," + coders + ",1.0000",
                "demand,fleiss_kappa,,," + passageCount + "," + coders + ",");
    }
}
