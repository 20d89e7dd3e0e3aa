package app.kasus.review.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Scores against gold through the API. The test makes its own instructor, researcher and students (two in one
 * group, one in another), a gold coding of three spans and a coding of four spans whose scores are worked out by
 * hand for both rules; everything, including the gold release, is undone afterwards.
 */
@KasusIntegrationTest
class ScoreApiIT {

    private static final String ADMIN = "it-admin-scores";
    private static final String ADMIN_PASSWORD = "it-admin-password-scores";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient instructor;
    private ApiClient researcher;
    private ApiClient coder;
    private ApiClient groupmate;
    private ApiClient otherGroup;
    private String coderName;
    private String groupmateName;
    private String otherName;
    private long caseId;
    private JsonNode first;
    private JsonNode second;
    /** Annotations (gold ones too) to delete before the accounts go, with the client that may delete them. */
    private final Map<Long, ApiClient> created = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (scores)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        instructor = fixtures.coder(ApiFixtures.unique("sc-inst"), "instructor");
        researcher = fixtures.coder(ApiFixtures.unique("sc-res"), "researcher");
        coderName = ApiFixtures.unique("sc-ana");
        groupmateName = ApiFixtures.unique("sc-budi");
        otherName = ApiFixtures.unique("sc-citra");
        coder = fixtures.coder(coderName, "student");
        groupmate = fixtures.coder(groupmateName, "student");
        otherGroup = fixtures.coder(otherName, "student");
        group(List.of(coderName, groupmateName));
        group(List.of(otherName));

        caseId = coder.get("/api/cases").json().get(0).get("id").asLong();
        List<JsonNode> longPassages = new ArrayList<>();
        for (JsonNode p : coder.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().length() > 80 && p.get("text").asText().substring(0, 70).strip().length() == 70) {
                longPassages.add(p);
            }
        }
        first = longPassages.get(0);
        second = longPassages.get(1);
        assertThat(instructor.delete(release()).status()).isEqualTo(204);
        assertThat(instructor.get("/api/cases/" + caseId + "/annotations?scope=gold").json())
                .as("the case's gold coding is empty before the test (another test left gold behind)").isEmpty();
    }

    @AfterEach
    void tearDown() {
        instructor.delete(release());
        created.forEach((id, client) -> assertThat(client.delete("/api/annotations/" + id).status()).isEqualTo(204));
        created.clear();
        fixtures.cleanUp();
    }

    private void group(List<String> members) {
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("sc-group"));
        ApiClient.Response filled = instructor.put("/api/groups/" + group.get("id").asLong() + "/members", members);
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
    }

    private String release() {
        return "/api/cases/" + caseId + "/gold/release";
    }

    private String scores(String query) {
        return "/api/cases/" + caseId + "/scores" + query;
    }

    private void span(ApiClient client, String layerQuery, JsonNode passage, int start, int end, String code,
                      String actor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", end);
        body.put("code", code);
        body.put("actor", actor);
        body.put("addressee", actor.equals("US") ? "DPRK" : "US");
        body.put("stage", 1);
        ApiClient.Response response = client.post("/api/cases/" + caseId + "/annotations" + layerQuery, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        created.put(response.json().get("id").asLong(), client);
    }

    /**
     * Gold: a concession in the first passage [0,10), a demand there [20,40), a concession in the second passage
     * [0,10). The coder: the first concession exactly; the demand one character short [22,40) (an overlap hit, an
     * exact miss); [6,20) in the second passage (4 of the shorter span's 10 characters: under half, a miss under
     * both rules); and a concession by another actor that gold does not hold.
     */
    private void codeTheCase() {
        span(instructor, "?layer=gold", first, 0, 10, "concession", "DPRK");
        span(instructor, "?layer=gold", first, 20, 40, "demand", "US");
        span(instructor, "?layer=gold", second, 0, 10, "concession", "DPRK");
        span(coder, "", first, 0, 10, "concession", "DPRK");
        span(coder, "", first, 22, 40, "demand", "US");
        span(coder, "", second, 6, 20, "concession", "DPRK");
        span(coder, "", first, 50, 60, "concession", "US");
    }

    private static JsonNode coderNamed(JsonNode answer, String name) {
        for (JsonNode c : answer.get("coders")) {
            if (c.get("coder").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError(name + " is not in " + answer);
    }

    private static void assertFigures(JsonNode f, int tp, int fp, int fn, Double precision, Double recall, Double f1) {
        assertThat(List.of(f.get("tp").asInt(), f.get("fp").asInt(), f.get("fn").asInt())).as("tp, fp, fn of " + f)
                .containsExactly(tp, fp, fn);
        assertRatio(f, "precision", precision);
        assertRatio(f, "recall", recall);
        assertRatio(f, "f1", f1);
    }

    private static void assertRatio(JsonNode f, String name, Double expected) {
        assertThat(f.has(name)).as(name + " present in " + f).isTrue();
        if (expected == null) {
            assertThat(f.get(name).isNull()).as(name + " of " + f).isTrue();
        } else {
            assertThat(f.get(name).asDouble()).as(name + " of " + f).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void knownAnswersUnderBothRules() {
        codeTheCase();

        ApiClient.Response exact = instructor.get(scores("?match=exact&coders=" + coderName + "," + groupmateName));
        assertThat(exact.status()).as(exact.body()).isEqualTo(200);
        assertThat(exact.json().get("match").asText()).isEqualTo("exact");
        assertThat(exact.json().get("coders")).hasSize(2);
        JsonNode ana = coderNamed(exact.json(), coderName);
        assertFigures(ana.get("codes").get("concession"), 1, 2, 1, 1.0 / 3, 0.5, 0.4);
        assertFigures(ana.get("codes").get("demand"), 0, 1, 1, 0.0, 0.0, 0.0);
        assertFigures(ana.get("codes").get("signal"), 0, 0, 0, null, null, null);
        assertFigures(ana.get("micro"), 1, 3, 2, 0.25, 1.0 / 3, 2.0 / 7);
        assertThat(ana.get("missed")).hasSize(2);
        assertThat(ana.get("added")).hasSize(3);
        // Nothing coded: every gold span missed, and no precision to speak of.
        assertFigures(coderNamed(exact.json(), groupmateName).get("micro"), 0, 0, 3, null, 0.0, null);

        ApiClient.Response overlap = instructor.get(scores("?match=overlap&coders=" + coderName));
        assertThat(overlap.status()).as(overlap.body()).isEqualTo(200);
        assertThat(overlap.json().get("match").asText()).isEqualTo("overlap");
        ana = coderNamed(overlap.json(), coderName);
        assertFigures(ana.get("codes").get("concession"), 1, 2, 1, 1.0 / 3, 0.5, 0.4);
        assertFigures(ana.get("codes").get("demand"), 1, 0, 0, 1.0, 1.0, 1.0);
        assertFigures(ana.get("micro"), 2, 2, 1, 0.5, 2.0 / 3, 4.0 / 7);
        JsonNode missed = ana.get("missed").get(0);
        assertThat(missed.get("passageId").asLong()).isEqualTo(second.get("id").asLong());
        assertThat(List.of(missed.get("start").asInt(), missed.get("end").asInt())).containsExactly(0, 10);

        // Overlap is the default rule; by default staff see everyone who coded the case.
        JsonNode byDefault = instructor.get(scores("")).json();
        assertThat(byDefault.get("match").asText()).isEqualTo("overlap");
        assertFigures(coderNamed(byDefault, coderName).get("micro"), 2, 2, 1, 0.5, 2.0 / 3, 4.0 / 7);
        assertThat(byDefault.get("coders").findValuesAsText("coder")).doesNotContain(groupmateName);
    }

    @Test
    void theCsvHoldsARowPerCodeAndTheMicroAverage() {
        codeTheCase();

        ApiClient.Response csv = instructor.get(scores(".csv?match=exact&coders=" + coderName), "text/csv");

        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("match,coder,level,code,tp,fp,fn,precision,recall,f1");
        assertThat(lines).contains("exact," + coderName + ",code,concession,1,2,1,0.3333,0.5000,0.4000",
                "exact," + coderName + ",code,signal,0,0,0,,,",
                "exact," + coderName + ",micro,,1,3,2,0.2500,0.3333,0.2857");
    }

    @Test
    void aStudentSeesOnlyTheirOwnScoreAndOnlyAfterTheRelease() {
        codeTheCase();

        ApiClient.Response before = coder.get(scores(""));
        assertThat(before.status()).as(before.body()).isEqualTo(403);
        assertThat(coder.get(scores(".csv"), "text/csv").status()).isEqualTo(403);

        assertThat(instructor.post(release()).status()).isEqualTo(204);
        ApiClient.Response own = coder.get(scores("?match=exact"));
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("coders")).hasSize(1);
        assertFigures(coderNamed(own.json(), coderName).get("micro"), 1, 3, 2, 0.25, 1.0 / 3, 2.0 / 7);
        assertThat(coder.get(scores("?coders=" + coderName)).status()).isEqualTo(200);

        // A groupmate's or another group's student's score stays closed, and so does naming a stranger.
        assertThat(coder.get(scores("?coders=" + groupmateName)).status()).isEqualTo(403);
        assertThat(otherGroup.get(scores("?coders=" + coderName)).status()).isEqualTo(403);
        assertThat(coder.get(scores("?coders=" + coderName + "," + otherName)).status()).isEqualTo(403);
        assertThat(coder.get(scores("?coders=nobody-at-all")).status()).isEqualTo(403);
        JsonNode others = otherGroup.get(scores("")).json();
        assertThat(others.get("coders")).hasSize(1);
        assertFigures(coderNamed(others, otherName).get("micro"), 0, 0, 3, null, 0.0, null);

        assertThat(instructor.delete(release()).status()).isEqualTo(204);
        assertThat(coder.get(scores("")).status()).isEqualTo(403);
    }

    @Test
    void staffSeeAnyCoderAtAnyTime() {
        codeTheCase();

        ApiClient.Response asResearcher = researcher.get(scores("?coders=" + coderName + "," + otherName));
        assertThat(asResearcher.status()).as(asResearcher.body()).isEqualTo(200);
        assertFigures(coderNamed(asResearcher.json(), coderName).get("micro"), 2, 2, 1, 0.5, 2.0 / 3, 4.0 / 7);
        ApiClient.Response unknown = instructor.get(scores("?coders=nobody-" + coderName));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).isEqualTo("coders: no account 'nobody-" + coderName + "'");
    }

    @Test
    void aBadMatchRuleIsNamed() {
        ApiClient.Response bad = instructor.get(scores("?match=fuzzy"));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("error").asText()).startsWith("match:").contains("exact or overlap");
        // A script asking for CSV only still learns what was wrong.
        ApiClient.Response badCsv = instructor.get(scores(".csv?match=fuzzy"), "text/csv");
        assertThat(badCsv.status()).isEqualTo(400);
        assertThat(badCsv.json().get("error").asText()).startsWith("match:");
        assertThat(instructor.get("/api/cases/999999/scores").status()).isEqualTo(404);
    }
}
