package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@KasusIntegrationTest
class AnnotationApiIT {

    @LocalServerPort
    int port;

    private ApiClient student1;
    private ApiClient student2;
    private long caseId;
    private JsonNode passage;

    @BeforeEach
    void setUp() {
        student1 = ApiClient.as(port, "student1", "kasus-demo");
        student2 = ApiClient.as(port, "student2", "kasus-demo");
        caseId = student1.get("/api/cases").json().get(0).get("id").asLong();
        for (JsonNode p : student1.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().contains("Punggye-ri")) {
                passage = p;
                break;
            }
        }
        assertThat(passage).as("a passage about Punggye-ri").isNotNull();
    }

    private Map<String, Object> concession(String word) {
        int start = passage.get("text").asText().indexOf(word);
        Map<String, Object> body = new HashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", start + word.length());
        body.put("code", "concession");
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        body.put("eventDate", "2018-05-24");
        body.put("note", "test site destroyed");
        return body;
    }

    private String annotations() {
        return "/api/cases/" + caseId + "/annotations";
    }

    @Test
    void createsReadsUpdatesAndDeletesOwnAnnotation() {
        ApiClient.Response created = student1.post(annotations(), concession("Punggye-ri"));
        assertThat(created.status()).isEqualTo(201);
        JsonNode a = created.json();
        assertThat(a.get("quote").asText()).isEqualTo("Punggye-ri");
        assertThat(a.get("code").asText()).isEqualTo("concession");
        assertThat(a.get("actor").asText()).isEqualTo("DPRK");
        assertThat(a.get("addressee").asText()).isEqualTo("US");
        assertThat(a.get("stage").asInt()).isEqualTo(1);
        assertThat(a.get("eventDate").asText()).isEqualTo("2018-05-24");
        assertThat(a.get("author").asText()).isEqualTo("student1");
        assertThat(a.get("valence").isNull()).isTrue();
        assertThat(a.get("created").asText()).isNotBlank();
        long id = a.get("id").asLong();

        assertThat(student1.get("/api/annotations/" + id).json().get("quote").asText()).isEqualTo("Punggye-ri");
        assertThat(student1.get(annotations()).json().findValuesAsText("quote")).contains("Punggye-ri");

        Map<String, Object> change = concession("Punggye-ri");
        change.put("code", "signal");
        change.put("valence", "positive");
        change.put("version", a.get("version").asLong());
        ApiClient.Response updated = student1.put("/api/annotations/" + id, change);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("code").asText()).isEqualTo("signal");
        assertThat(updated.json().get("valence").asText()).isEqualTo("positive");
        assertThat(updated.json().get("version").asLong()).isGreaterThan(a.get("version").asLong());

        // The version read before the update is stale now.
        ApiClient.Response stale = student1.put("/api/annotations/" + id, change);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).contains("stale");

        assertThat(student1.delete("/api/annotations/" + id).status()).isEqualTo(204);
        assertThat(student1.get("/api/annotations/" + id).status()).isEqualTo(404);
    }

    @Test
    void aGroupmateReadsButCannotChangeItAndAnotherGroupSeesNothing() {
        JsonNode a = student1.post(annotations(), concession("Punggye-ri")).json();
        long id = a.get("id").asLong();
        Map<String, Object> change = concession("Punggye-ri");
        change.put("version", a.get("version").asLong());
        ApiClient student4 = ApiClient.as(port, "student4", "kasus-demo");
        try {
            // student2 shares Seminar A with student1: reads the annotation in the group layer, changes nothing.
            assertThat(student2.get(annotations()).json().findValuesAsText("author")).doesNotContain("student1");
            assertThat(student2.get(annotations() + "?scope=group").json().findValuesAsText("author")).contains("student1");
            assertThat(student2.get(annotations() + "?scope=user:student1").json().findValuesAsText("author"))
                    .containsOnly("student1");
            assertThat(student2.get("/api/annotations/" + id).status()).isEqualTo(200);
            assertThat(student2.put("/api/annotations/" + id, change).status()).isEqualTo(403);
            assertThat(student2.delete("/api/annotations/" + id).status()).isEqualTo(403);

            // student4 is in Seminar B: the annotation does not exist as far as they can tell.
            assertThat(student4.get(annotations() + "?scope=all").json().findValuesAsText("author")).doesNotContain("student1");
            assertThat(student4.get(annotations() + "?scope=user:student1").status()).isEqualTo(404);
            assertThat(student4.get("/api/annotations/" + id).status()).isEqualTo(404);
            assertThat(student4.put("/api/annotations/" + id, change).status()).isEqualTo(404);
            assertThat(student4.delete("/api/annotations/" + id).status()).isEqualTo(404);
            assertThat(student1.get(annotations() + "?scope=nonsense").status()).isEqualTo(400);

            // Staff see everyone's.
            assertThat(ApiClient.as(port, "instructor", "kasus-demo").get(annotations() + "?scope=all").json()
                    .findValuesAsText("author")).contains("student1");
            assertThat(student1.get("/api/annotations/" + id).status()).isEqualTo(200);
        } finally {
            student1.delete("/api/annotations/" + id);
        }
    }

    @Test
    void invalidInputIsRejectedNamingTheFieldAndNothingIsStored() {
        int before = student1.get(annotations()).json().size();
        int length = passage.get("text").asText().length();

        assertRejected(with("start", 10, "end", 10), 400, "end");
        assertRejected(with("start", 20, "end", 10), 400, "end");
        assertRejected(with("start", -1), 400, "start");
        assertRejected(with("end", length + 1), 400, "end");
        assertRejected(with("code", "apology"), 400, "code");
        assertRejected(with("actor", "USSR"), 400, "actor");
        assertRejected(with("addressee", null), 400, "addressee");
        assertRejected(with("stage", 5), 400, "stage");
        assertRejected(with("stage", 0), 400, "stage");
        assertRejected(with("valence", "positive"), 400, "valence");
        assertRejected(with("code", "signal"), 400, "valence");
        assertRejected(with("eventDate", "28/02/2019"), 400, "eventDate");
        assertRejected(with("note", "x".repeat(2001)), 400, "note");
        assertRejected(with("respondsTo", 987654321L), 400, "respondsTo");
        assertRejected(with("passageId", 987654321L), 404, "passageId");
        assertThat(student1.post(annotations(), "{not json").status()).isEqualTo(400);

        assertThat(student1.get(annotations()).json().size()).isEqualTo(before);
    }

    @Test
    void aResponseLinkIsClearedWhenItsTargetIsDeleted() {
        long target = student1.post(annotations(), concession("Punggye-ri")).json().get("id").asLong();
        Map<String, Object> reply = concession("Punggye-ri");
        reply.put("actor", "US");
        reply.put("addressee", "DPRK");
        reply.put("respondsTo", target);
        JsonNode answer = student1.post(annotations(), reply).json();
        assertThat(answer.get("respondsTo").asLong()).isEqualTo(target);

        student1.delete("/api/annotations/" + target);

        JsonNode after = student1.get("/api/annotations/" + answer.get("id").asLong()).json();
        assertThat(after.get("respondsTo").isNull()).isTrue();
        assertThat(after.get("quote").asText()).isEqualTo("Punggye-ri");
    }

    @Test
    void cannotLinkToAnotherCodersAnnotation() {
        long theirs = student2.post(annotations(), concession("Punggye-ri")).json().get("id").asLong();
        Map<String, Object> reply = concession("Punggye-ri");
        reply.put("respondsTo", theirs);
        assertRejectedBy(student1.post(annotations(), reply), 400, "respondsTo");
    }

    private Map<String, Object> with(Object... pairs) {
        Map<String, Object> body = concession("Punggye-ri");
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private void assertRejected(Map<String, Object> body, int status, String field) {
        assertRejectedBy(student1.post(annotations(), body), status, field);
    }

    private static void assertRejectedBy(ApiClient.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.json().get("error").asText()).startsWith(field);
    }
}
