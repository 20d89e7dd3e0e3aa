package app.kasus.assessment.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The assessment API per source, and who may ask for which source. The coding is made by student5 and student6
 * (Seminar B), whom no other test uses, and deleted after each test:
 * <ul>
 *   <li>student5: DPRK concedes to the US (the gambit);</li>
 *   <li>student6: the same span and code, and later the US concedes to the DPRK (the answer).</li>
 * </ul>
 * So student5 alone leaves the gambit unanswered, student6 and the whole group reciprocate, and a majority of
 * the group (two of three) agrees only on the gambit.
 */
@KasusIntegrationTest
class AssessmentApiIT {

    private static final String GAMBIT_WORD = "jenazah";
    private static final String ANSWER_WORD = "latihan";

    @LocalServerPort
    int port;

    private ApiClient student1;
    private ApiClient student5;
    private ApiClient student6;
    private ApiClient instructor;
    private long caseId;

    @BeforeEach
    void codeTheCase() {
        student1 = ApiClient.as(port, "student1", "kasus-demo");
        student5 = ApiClient.as(port, "student5", "kasus-demo");
        student6 = ApiClient.as(port, "student6", "kasus-demo");
        instructor = ApiClient.as(port, "instructor", "kasus-demo");
        caseId = student5.get("/api/cases").json().get(0).get("id").asLong();
        deleteCoding();

        JsonNode gambit = null;
        JsonNode answer = null;
        for (JsonNode p : student5.get("/api/cases/" + caseId + "/passages").json()) {
            if (gambit == null && p.get("text").asText().contains(GAMBIT_WORD)) {
                gambit = p;
            } else if (gambit != null && answer == null && p.get("text").asText().contains(ANSWER_WORD)) {
                answer = p;
            }
        }
        assertThat(gambit).isNotNull();
        assertThat(answer).as("a later passage with " + ANSWER_WORD).isNotNull();
        concession(student5, gambit, GAMBIT_WORD, "DPRK", "US");
        concession(student6, gambit, GAMBIT_WORD, "DPRK", "US");
        concession(student6, answer, ANSWER_WORD, "US", "DPRK");
    }

    @AfterEach
    void deleteCoding() {
        for (ApiClient coder : List.of(student5, student6)) {
            ApiClient.Response mine = coder.get("/api/cases/" + caseId + "/annotations");
            assertThat(mine.status()).as(mine.body()).isEqualTo(200);
            for (JsonNode a : mine.json()) {
                assertThat(coder.delete("/api/annotations/" + a.get("id").asLong()).status()).isEqualTo(204);
            }
        }
    }

    private void concession(ApiClient coder, JsonNode passage, String word, String actor, String addressee) {
        int start = passage.get("text").asText().indexOf(word);
        ApiClient.Response created = coder.post("/api/cases/" + caseId + "/annotations", Map.of(
                "passageId", passage.get("id").asLong(), "start", start, "end", start + word.length(),
                "code", "concession", "actor", actor, "addressee", addressee, "stage", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private String path(String format, String source) {
        return "/api/cases/" + caseId + "/assessment" + format + "?source="
                + URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private ApiClient.Response assess(ApiClient who, String source) {
        return who.get(path("", source));
    }

    /** Stage statuses 1–4 as the API names them. */
    private static List<String> statuses(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> statuses = new ArrayList<>();
        response.json().get("stages").forEach(s -> statuses.add(s.get("status").asText()));
        return statuses;
    }

    private static List<String> coders(ApiClient.Response response) {
        List<String> coders = new ArrayList<>();
        response.json().get("coders").forEach(c -> coders.add(c.asText()));
        return coders;
    }

    @Test
    void theVerdictFollowsWhoseCodingIsCombined() {
        assertThat(statuses(assess(student5, "me")))
                .containsExactly("gambit-unanswered", "blocked", "blocked", "blocked");
        assertThat(statuses(assess(student6, "me")))
                .containsExactly("reciprocated", "not-started", "blocked", "blocked");

        ApiClient.Response group = assess(student5, "group:Seminar B");
        assertThat(statuses(group)).startsWith("reciprocated");
        assertThat(coders(group)).containsExactlyInAnyOrder("student4", "student5", "student6");
        assertThat(group.json().get("dyad").get("first").asText()).isEqualTo("DPRK");

        // Two of the three agree on the gambit; only one coded the answer.
        assertThat(statuses(assess(student5, "majority:group:Seminar B"))).startsWith("gambit-unanswered");
        assertThat(statuses(assess(student6, "majority"))).startsWith("gambit-unanswered");

        assertThat(statuses(assess(instructor, "user:student5"))).startsWith("gambit-unanswered");
        assertThat(statuses(assess(instructor, "user:student6"))).startsWith("reciprocated");
        assertThat(statuses(assess(instructor, "majority:group:Seminar B"))).startsWith("gambit-unanswered");

        JsonNode stage1 = assess(student6, "me").json().get("stages").get(0);
        assertThat(stage1.get("reciprocityIndex").asDouble()).isEqualTo(1.0);
        assertThat(stage1.get("evidence")).hasSize(2);
        assertThat(stage1.get("explanation").asText()).contains("reciprocated");
    }

    @Test
    void aStudentSeesOwnCodingAndOwnGroupOnly() {
        for (String allowed : List.of("me", "user:student1", "group:Seminar A", "majority", "majority:group:Seminar A")) {
            assertThat(assess(student1, allowed).status()).as(allowed).isEqualTo(200);
        }
        assertThat(coders(assess(student1, "majority"))).containsExactlyInAnyOrder("student1", "student2", "student3");
        for (String refused : List.of("group:Seminar B", "majority:group:Seminar B", "user:student4", "all")) {
            ApiClient.Response response = assess(student1, refused);
            assertThat(response.status()).as(refused).isEqualTo(403);
            assertThat(response.json().get("error").asText()).as(refused).isNotBlank();
        }
        assertThat(student1.get(path(".csv", "all"), "text/csv").status()).isEqualTo(403);
    }

    @Test
    void anInstructorMayChooseAnySourceButNotOneThatDoesNotExist() {
        for (String source : List.of("me", "group:Seminar A", "group:Seminar B", "majority", "majority:group:Seminar A",
                "user:student4", "all")) {
            assertThat(assess(instructor, source).status()).as(source).isEqualTo(200);
        }
        assertThat(coders(assess(instructor, "all"))).contains("student5", "student6");
        for (String missing : List.of("group:Seminar Z", "majority:group:Seminar Z", "user:nobody")) {
            assertThat(assess(instructor, missing).status()).as(missing).isEqualTo(404);
        }
        assertThat(instructor.get("/api/cases/999999/assessment").status()).isEqualTo(404);
    }

    @Test
    void aSourceOfUnknownShapeIsABadRequestNamingTheField() {
        for (String bad : List.of("everyone", "group:", "user:", "majority:group:", "majority:user:student1")) {
            ApiClient.Response response = assess(student1, bad);
            assertThat(response.status()).as(bad).isEqualTo(400);
            assertThat(response.json().get("error").asText()).as(bad).startsWith("source");
        }
    }

    @Test
    void csvHasAHeaderAndOneRowPerStageAndActor() {
        ApiClient.Response csv = student6.get(path(".csv", "me"), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("stage,stage_name,status,reciprocity_index,actor,concessions,demands,"
                + "positive_signals,negative_signals,evidence");
        // Stage 1: one row each for DPRK and US; stages 2-4 have no counts and one empty row each.
        assertThat(lines).hasSize(6);
        assertThat(lines.get(1)).startsWith("1,Unilateral accommodation,reciprocated,1.000,DPRK,1,0,0,0,");
        assertThat(lines.get(2)).startsWith("1,Unilateral accommodation,reciprocated,1.000,US,1,0,0,0,");
        assertThat(lines.get(3)).startsWith("2,Reciprocal restraint,not-started,0.000,,0,0,0,0,");
        assertThat(lines.get(4)).startsWith("3,");
        assertThat(lines.get(5)).startsWith("4,");
    }

    @Test
    void printableVersionIsHtml() {
        ApiClient.Response html = student5.get(path(".html", "group:Seminar B"), "text/html");
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).startsWith("<!DOCTYPE html>").contains("Stage 1").contains("reciprocated")
                .contains("Source: group:Seminar B").doesNotContain("<script");
    }
}
