package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Submitting, withdrawing, locking and unlocking coding, and the progress figures, through the API as every role:
 * the coder (student1, Seminar A), a groupmate (student2), a student of another group (student4, Seminar B), the
 * researcher and the instructor. Each test's annotations are deleted and every lock lifted afterwards.
 */
@KasusIntegrationTest
class SubmissionApiIT {

    private static final String LOCKED = "coding is locked";

    @LocalServerPort
    int port;

    private ApiClient student1;
    private ApiClient student2;
    private ApiClient student4;
    private ApiClient researcher;
    private ApiClient instructor;
    private long caseId;
    private List<JsonNode> passages;
    /** Annotations to delete afterwards, with their author's client. */
    private final Map<Long, ApiClient> created = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        student1 = client("student1");
        student2 = client("student2");
        student4 = client("student4");
        researcher = client("researcher");
        instructor = client("instructor");
        caseId = student1.get("/api/cases").json().get(0).get("id").asLong();
        passages = new ArrayList<>();
        for (JsonNode p : student1.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().strip().length() > 40) {
                passages.add(p);
            }
        }
    }

    @AfterEach
    void cleanUp() {
        for (String user : List.of("student1", "student2", "student4", "student5")) {
            assertThat(instructor.post(submissions(user) + "/unlock").status()).isEqualTo(200);
            client(user).delete(submission());
        }
        created.forEach((id, author) -> assertThat(author.delete("/api/annotations/" + id).status()).isEqualTo(204));
        created.clear();
    }

    private ApiClient client(String username) {
        return ApiClient.as(port, username, "kasus-demo");
    }

    private String submission() {
        return "/api/cases/" + caseId + "/submission";
    }

    private String submissions(String username) {
        return "/api/cases/" + caseId + "/submissions/" + username;
    }

    private String progress() {
        return "/api/cases/" + caseId + "/progress";
    }

    private Map<String, Object> concession(JsonNode passage, int offset) {
        String text = passage.get("text").asText();
        int start = offset;
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", start + 5);
        body.put("code", "concession");
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        return body;
    }

    private JsonNode annotate(ApiClient coder, JsonNode passage, int offset) {
        ApiClient.Response response = coder.post("/api/cases/" + caseId + "/annotations", concession(passage, offset));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        created.put(response.json().get("id").asLong(), coder);
        return response.json();
    }

    private static void assertLocked(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().size()).isEqualTo(1);
        assertThat(response.json().get("error").asText()).isEqualTo(LOCKED);
    }

    @Test
    void aStudentSubmitsAndWithdraws() {
        JsonNode before = student1.get(submission()).json();
        assertThat(before.get("state").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(before.get("username").asText()).isEqualTo("student1");
        assertThat(before.get("submittedAt").isNull()).isTrue();

        ApiClient.Response submitted = student1.post(submission());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("state").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("submittedAt").asText()).isNotBlank();
        assertThat(student1.get(submission()).json().get("state").asText()).isEqualTo("SUBMITTED");
        // Submitting is per coder: the groupmate's status is untouched.
        assertThat(student2.get(submission()).json().get("state").asText()).isEqualTo("NOT_SUBMITTED");

        ApiClient.Response withdrawn = student1.delete(submission());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("state").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(student1.get(submission()).json().get("submittedAt").isNull()).isTrue();
    }

    @Test
    void submissionLocksEditingInTheApiUntilUnlocked() {
        JsonNode annotation = annotate(student1, passages.get(0), 0);
        long id = annotation.get("id").asLong();
        Map<String, Object> change = concession(passages.get(0), 0);
        change.put("stage", 2);
        change.put("version", annotation.get("version").asLong());
        student1.post(submission());

        ApiClient.Response locked = instructor.post(submissions("student1") + "/lock");
        assertThat(locked.status()).as(locked.body()).isEqualTo(200);
        assertThat(locked.json().get("state").asText()).isEqualTo("LOCKED");
        assertThat(locked.json().get("lockedBy").asText()).isEqualTo("instructor");
        assertThat(student1.get(submission()).json().get("state").asText()).isEqualTo("LOCKED");

        assertLocked(student1.post("/api/cases/" + caseId + "/annotations", concession(passages.get(1), 0)));
        assertLocked(student1.put("/api/annotations/" + id, change));
        assertLocked(student1.delete("/api/annotations/" + id));
        assertLocked(student1.delete(submission()));
        assertLocked(student1.post(submission()));
        // Reading is unaffected, and others still get what they got before, not a hint about the lock.
        assertThat(student1.get("/api/annotations/" + id).status()).isEqualTo(200);
        assertThat(student2.put("/api/annotations/" + id, change).status()).isEqualTo(403);
        assertThat(student4.delete("/api/annotations/" + id).status()).isEqualTo(404);
        // The lock is on student1's coding only.
        annotate(student2, passages.get(0), 0);

        ApiClient.Response unlocked = instructor.post(submissions("student1") + "/unlock");
        assertThat(unlocked.status()).isEqualTo(200);
        assertThat(unlocked.json().get("state").asText()).isEqualTo("SUBMITTED");
        ApiClient.Response updated = student1.put("/api/annotations/" + id, change);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(student1.delete(submission()).json().get("state").asText()).isEqualTo("NOT_SUBMITTED");
    }

    @Test
    void anInstructorMayLockCodingThatWasNeverSubmitted() {
        ApiClient.Response locked = instructor.post(submissions("student5") + "/lock");
        assertThat(locked.json().get("state").asText()).isEqualTo("LOCKED");
        assertThat(locked.json().get("submittedAt").isNull()).isTrue();
        assertThat(instructor.post(submissions("student5") + "/unlock").json().get("state").asText())
                .isEqualTo("NOT_SUBMITTED");
    }

    @Test
    void everyRoleGetsWhatItMayOnEveryEndpointThatTakesAnId() {
        // Locking and unlocking: instructors (and administrators) only, whoever the target.
        for (ApiClient denied : List.of(student1, student2, student4, researcher)) {
            for (String action : List.of("/lock", "/unlock")) {
                ApiClient.Response r = denied.post(submissions("student1") + action);
                assertThat(r.status()).as(action + " " + r.body()).isEqualTo(403);
                assertThat(r.json().get("error").asText()).isNotBlank();
            }
        }
        assertThat(student1.get(submission()).json().get("state").asText()).isEqualTo("NOT_SUBMITTED");
        assertThat(instructor.post(submissions("nobody-here") + "/lock").status()).isEqualTo(404);
        assertThat(instructor.post("/api/cases/999999/submissions/student1/lock").status()).isEqualTo(404);

        // Progress: students 403 (their own, their groupmates' and other groups' alike), staff and researchers read it.
        for (ApiClient student : List.of(student1, student2, student4)) {
            assertThat(student.get(progress()).status()).isEqualTo(403);
        }
        assertThat(researcher.get(progress()).status()).isEqualTo(200);
        assertThat(instructor.get(progress()).status()).isEqualTo(200);
        assertThat(instructor.get("/api/cases/999999/progress").status()).isEqualTo(404);

        // One's own submission: the path names the case only, so nobody reaches anyone else's.
        for (ApiClient anyone : List.of(student1, student4, researcher, instructor)) {
            assertThat(anyone.get("/api/cases/999999/submission").status()).isEqualTo(404);
            assertThat(anyone.post("/api/cases/999999/submission").status()).isEqualTo(404);
            assertThat(anyone.delete("/api/cases/999999/submission").status()).isEqualTo(404);
        }
        student4.post(submission());
        assertThat(student1.get(submission()).json().get("state").asText()).isEqualTo("NOT_SUBMITTED");

        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get(submission()).status()).isEqualTo(401);
        assertThat(anonymous.post(submissions("student1") + "/lock").status()).isIn(401, 403);
        assertThat(anonymous.get(progress()).status()).isEqualTo(401);
    }

    @Test
    void progressCountsAnnotationsPassagesAndStatusPerStudent() {
        Map<String, JsonNode> before = rows(instructor.get(progress()).json());
        assertThat(before).containsKeys("student1", "student2", "student3", "student4", "student5", "student6");
        JsonNode s5 = before.get("student5");
        assertThat(s5.get("groups").toString()).contains("Seminar B");
        assertThat(s5.get("displayName").asText()).isNotBlank();
        assertThat(before.get("student1").get("groups").toString()).contains("Seminar A");

        annotate(student4, passages.get(0), 0);
        annotate(student4, passages.get(0), 10);
        annotate(student4, passages.get(1), 0);
        student4.post(submission());
        instructor.post(submissions("student5") + "/lock");

        Map<String, JsonNode> after = rows(instructor.get(progress()).json());
        JsonNode s4 = after.get("student4");
        assertThat(s4.get("annotations").asLong() - before.get("student4").get("annotations").asLong()).isEqualTo(3);
        assertThat(s4.get("passagesCovered").asLong()).isGreaterThanOrEqualTo(2)
                .isLessThanOrEqualTo(s4.get("annotations").asLong());
        if (before.get("student4").get("annotations").asLong() == 0) {
            assertThat(s4.get("passagesCovered").asLong()).isEqualTo(2);
        }
        assertThat(s4.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(s4.get("lastActivity").asText()).isNotBlank();
        assertThat(after.get("student5").get("status").asText()).isEqualTo("LOCKED");
        assertThat(after.get("student5").get("lockedBy").asText()).isEqualTo("instructor");
        assertThat(after.get("student6").get("status").asText()).isEqualTo("NOT_SUBMITTED");
        // Researchers read the same figures.
        assertThat(rows(researcher.get(progress()).json()).get("student4").get("annotations").asLong())
                .isEqualTo(s4.get("annotations").asLong());
    }

    private static Map<String, JsonNode> rows(JsonNode list) {
        Map<String, JsonNode> byUser = new LinkedHashMap<>();
        list.forEach(row -> byUser.put(row.get("username").asText(), row));
        return byUser;
    }
}
