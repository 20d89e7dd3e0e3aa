package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The gold coding through the API, as every role: an administrator, two instructors, a researcher, two students of
 * one group and a student of another, all created for the test; before and after the release. Gold is kept apart
 * from every coder layer and from the coder-based assessment sources. Everything made is removed afterwards, and
 * the release withdrawn.
 */
@KasusIntegrationTest
class GoldApiIT {

    private static final String ADMIN = "it-admin-gold";
    private static final String ADMIN_PASSWORD = "it-admin-password-gold";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient admin;
    private ApiClient instructor;
    private ApiClient otherInstructor;
    private ApiClient researcher;
    private ApiClient student;
    private ApiClient groupmate;
    private ApiClient otherGroup;
    private String instructorName;
    private String otherInstructorName;
    private String studentName;
    private String groupmateName;
    private long caseId;
    private List<JsonNode> passages;
    /** Annotations to delete afterwards (coder rows by their author, gold rows by the administrator). */
    private final Map<Long, ApiClient> created = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (gold)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        instructorName = ApiFixtures.unique("it-gold-teacher");
        otherInstructorName = ApiFixtures.unique("it-gold-teacher2");
        studentName = ApiFixtures.unique("it-gold-s1");
        groupmateName = ApiFixtures.unique("it-gold-s2");
        String otherGroupName = ApiFixtures.unique("it-gold-s3");
        instructor = fixtures.coder(instructorName, "instructor");
        otherInstructor = fixtures.coder(otherInstructorName, "instructor");
        researcher = fixtures.coder(ApiFixtures.unique("it-gold-researcher"), "researcher");
        student = fixtures.coder(studentName, "student");
        groupmate = fixtures.coder(groupmateName, "student");
        otherGroup = fixtures.coder(otherGroupName, "student");
        group(studentName, groupmateName);
        group(otherGroupName);
        caseId = student.get("/api/cases").json().get(0).get("id").asLong();
        passages = new ArrayList<>();
        for (JsonNode p : student.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().strip().length() > 60) {
                passages.add(p);
            }
        }
        assertThat(passages).hasSizeGreaterThan(3);
    }

    @AfterEach
    void tearDown() {
        admin.delete(release());
        List<Long> ids = new ArrayList<>(created.keySet());
        // Newest first: a reply goes before what it answers (not required, but keeps the order obvious).
        for (int i = ids.size() - 1; i >= 0; i--) {
            int status = created.get(ids.get(i)).delete("/api/annotations/" + ids.get(i)).status();
            assertThat(status).as("deleting annotation " + ids.get(i)).isIn(204, 404);
        }
        created.clear();
        fixtures.cleanUp();
    }

    private void group(String... members) {
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("it-gold-group"));
        ApiClient.Response filled = admin.put("/api/groups/" + group.get("id").asLong() + "/members?version="
                + group.get("version").asLong(), List.of(members));
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
    }

    private String annotations(String query) {
        return "/api/cases/" + caseId + "/annotations" + query;
    }

    private String release() {
        return "/api/cases/" + caseId + "/gold/release";
    }

    private String accept(long id) {
        return "/api/cases/" + caseId + "/gold/accept/" + id;
    }

    private String assessment(String source) {
        return "/api/cases/" + caseId + "/assessment?source=" + source;
    }

    private Map<String, Object> body(int passage, int start, int end, String code, String actor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passages.get(passage).get("id").asLong());
        body.put("start", start);
        body.put("end", end);
        body.put("code", code);
        body.put("actor", actor);
        body.put("addressee", "US".equals(actor) ? "DPRK" : "US");
        body.put("stage", 1);
        if ("signal".equals(code)) {
            body.put("valence", "positive");
        }
        return body;
    }

    /** A coder's annotation, as that coder. */
    private JsonNode code(ApiClient coder, Map<String, Object> body) {
        ApiClient.Response response = coder.post(annotations(""), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        created.put(response.json().get("id").asLong(), coder);
        return response.json();
    }

    private JsonNode gold(ApiClient writer, Map<String, Object> body) {
        ApiClient.Response response = writer.post(annotations("?layer=gold"), body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        created.put(response.json().get("id").asLong(), admin);
        return response.json();
    }

    private JsonNode accepted(ApiClient writer, long coderAnnotation) {
        ApiClient.Response response = writer.post(accept(coderAnnotation));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        created.put(response.json().get("id").asLong(), admin);
        return response.json();
    }

    private static Set<Long> ids(JsonNode list) {
        Set<Long> ids = new LinkedHashSet<>();
        list.forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    private static Set<Long> evidence(JsonNode assessment) {
        Set<Long> ids = new LinkedHashSet<>();
        assessment.get("stages").forEach(s -> s.get("evidence").forEach(e -> ids.add(e.asLong())));
        return ids;
    }

    private static Map<String, Object> withVersion(Map<String, Object> body, long version) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.put("version", version);
        return copy;
    }

    @Test
    void instructorsWriteGoldResearchersReadItAndStudentsAreRefusedBeforeTheRelease() {
        JsonNode g = gold(instructor, body(0, 0, 12, "concession", "DPRK"));
        assertThat(g.get("layer").asText()).isEqualTo("gold");
        assertThat(g.get("gold").asBoolean()).isTrue();
        assertThat(g.get("author").asText()).isEqualTo(instructorName);
        assertThat(g.get("acceptedFrom").isNull()).isTrue();
        JsonNode byAdmin = gold(admin, body(1, 0, 10, "demand", "US"));
        long goldId = g.get("id").asLong();
        String goldPath = "/api/annotations/" + goldId;

        for (ApiClient staff : List.of(instructor, otherInstructor, researcher, admin)) {
            ApiClient.Response read = staff.get(annotations("?scope=gold"));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(ids(read.json())).contains(goldId, byAdmin.get("id").asLong());
            assertThat(staff.get(goldPath).status()).isEqualTo(200);
            assertThat(staff.get(assessment("gold")).status()).isEqualTo(200);
        }
        assertThat(researcher.post(annotations("?layer=gold"), body(0, 0, 5, "concession", "DPRK")).status())
                .isEqualTo(403);
        assertThat(researcher.put(goldPath, withVersion(body(0, 0, 5, "concession", "DPRK"), g.get("version").asLong()))
                .status()).isEqualTo(403);
        assertThat(researcher.delete(goldPath).status()).isEqualTo(403);
        assertThat(researcher.post(release()).status()).isEqualTo(403);

        for (ApiClient s : List.of(student, otherGroup)) {
            assertThat(s.get(annotations("?scope=gold")).status()).isEqualTo(403);
            assertThat(s.get(assessment("gold")).status()).isEqualTo(403);
            assertThat(s.get(goldPath).status()).isEqualTo(404);
            assertThat(s.put(goldPath, withVersion(body(0, 0, 5, "concession", "DPRK"), 0)).status()).isEqualTo(404);
            assertThat(s.delete(goldPath).status()).isEqualTo(404);
            assertThat(s.post(annotations("?layer=gold"), body(0, 0, 5, "concession", "DPRK")).status()).isEqualTo(403);
            assertThat(s.post(release()).status()).isEqualTo(403);
            assertThat(s.get(release()).json().get("released").asBoolean()).isFalse();
            assertThat(s.get("/api/annotations/" + goldId + "/comments").status()).isEqualTo(404);
        }
        assertThat(instructor.post(annotations("?layer=platinum"), body(0, 0, 5, "concession", "DPRK")).status())
                .isEqualTo(400);
    }

    @Test
    void afterTheReleaseStudentsReadGoldButNeverWriteItAndWithdrawingHidesItAgain() {
        JsonNode g = gold(instructor, body(0, 0, 12, "concession", "DPRK"));
        String goldPath = "/api/annotations/" + g.get("id").asLong();

        assertThat(instructor.post(release()).status()).isEqualTo(204);
        assertThat(instructor.post(release()).status()).as("idempotent").isEqualTo(204);
        JsonNode status = student.get(release()).json();
        assertThat(status.get("released").asBoolean()).isTrue();
        assertThat(status.get("releasedAt").isNull()).isFalse();

        for (ApiClient s : List.of(student, otherGroup)) {
            ApiClient.Response read = s.get(annotations("?scope=gold"));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            assertThat(ids(read.json())).contains(g.get("id").asLong());
            assertThat(s.get(goldPath).status()).isEqualTo(200);
            ApiClient.Response assessed = s.get(assessment("gold"));
            assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
            assertThat(evidence(assessed.json())).contains(g.get("id").asLong());
            assertThat(s.put(goldPath, withVersion(body(0, 0, 5, "concession", "DPRK"), g.get("version").asLong()))
                    .status()).isEqualTo(403);
            assertThat(s.delete(goldPath).status()).isEqualTo(403);
            assertThat(s.post(annotations("?layer=gold"), body(0, 0, 5, "concession", "DPRK")).status()).isEqualTo(403);
            assertThat(s.delete(release()).status()).isEqualTo(403);
        }

        assertThat(admin.delete(release()).status()).isEqualTo(204);
        assertThat(student.get(annotations("?scope=gold")).status()).isEqualTo(403);
        assertThat(student.get(release()).json().get("released").asBoolean()).isFalse();
        assertThat(student.get(goldPath).status()).isEqualTo(404);
    }

    @Test
    void acceptingCopiesACodersSpanOnceAndAcceptAllIsAllOrNothing() {
        JsonNode mine = code(student, body(0, 2, 20, "concession", "DPRK"));
        JsonNode same = code(groupmate, body(0, 2, 20, "concession", "DPRK"));
        JsonNode other = code(groupmate, body(1, 0, 15, "demand", "US"));
        JsonNode third = code(student, body(2, 0, 9, "signal", "US"));

        assertThat(student.post(accept(mine.get("id").asLong())).status()).isEqualTo(403);
        assertThat(researcher.post(accept(mine.get("id").asLong())).status()).isEqualTo(403);
        JsonNode copy = accepted(instructor, mine.get("id").asLong());
        assertThat(copy.get("layer").asText()).isEqualTo("gold");
        assertThat(copy.get("acceptedFrom").asLong()).isEqualTo(mine.get("id").asLong());
        assertThat(copy.get("author").asText()).isEqualTo(instructorName);
        assertThat(copy.get("quote").asText()).isEqualTo(mine.get("quote").asText());
        assertThat(copy.get("id").asLong()).isNotEqualTo(mine.get("id").asLong());
        // The coder's own annotation stays theirs and unchanged.
        assertThat(student.get("/api/annotations/" + mine.get("id").asLong()).json().get("layer").asText())
                .isEqualTo("coder");

        ApiClient.Response again = instructor.post(accept(mine.get("id").asLong()));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(instructor.post(accept(same.get("id").asLong())).status()).as("an identical span").isEqualTo(409);
        assertThat(instructor.post(accept(copy.get("id").asLong())).status()).as("gold is not a coder's").isEqualTo(404);
        assertThat(instructor.post(accept(Long.MAX_VALUE)).status()).isEqualTo(404);

        String acceptAll = "/api/cases/" + caseId + "/gold/accept";
        ApiClient.Response refused = instructor.post(acceptAll,
                Map.of("ids", List.of(other.get("id").asLong(), same.get("id").asLong())));
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(ids(instructor.get(annotations("?scope=gold")).json()))
                .as("the refused batch stored nothing").containsExactly(copy.get("id").asLong());

        ApiClient.Response batch = otherInstructor.post(acceptAll,
                Map.of("ids", List.of(other.get("id").asLong(), third.get("id").asLong())));
        assertThat(batch.status()).as(batch.body()).isEqualTo(201);
        assertThat(batch.json()).hasSize(2);
        batch.json().forEach(a -> created.put(a.get("id").asLong(), admin));
        assertThat(batch.json().get(0).get("acceptedFrom").asLong()).isEqualTo(other.get("id").asLong());
        assertThat(batch.json().get(1).get("acceptedFrom").asLong()).isEqualTo(third.get("id").asLong());
        assertThat(instructor.post(acceptAll, Map.of("ids", List.of())).status()).isEqualTo(400);
    }

    @Test
    void anyInstructorChangesGoldWithOptimisticLockingAndTheLastWriterBecomesItsAuthor() {
        Map<String, Object> original = body(0, 0, 12, "concession", "DPRK");
        JsonNode g = gold(instructor, original);
        String goldPath = "/api/annotations/" + g.get("id").asLong();
        long v0 = g.get("version").asLong();

        ApiClient.Response changed = otherInstructor.put(goldPath, withVersion(body(0, 0, 14, "demand", "DPRK"), v0));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("author").asText()).isEqualTo(otherInstructorName);
        assertThat(changed.json().get("layer").asText()).isEqualTo("gold");
        assertThat(changed.json().get("version").asLong()).isGreaterThan(v0);

        ApiClient.Response stale = instructor.put(goldPath, withVersion(original, v0));
        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(instructor.delete(goldPath + "?version=" + v0).status()).isEqualTo(409);
        ApiClient.Response invalid = instructor.put(goldPath,
                withVersion(body(0, 0, 100000, "demand", "DPRK"), changed.json().get("version").asLong()));
        assertThat(invalid.status()).isEqualTo(400);

        // A gold span answers only gold: not a coder's annotation.
        JsonNode coder = code(instructor, body(1, 0, 10, "demand", "US"));
        Map<String, Object> reply = body(2, 0, 10, "concession", "US");
        reply.put("respondsTo", coder.get("id").asLong());
        assertThat(instructor.post(annotations("?layer=gold"), reply).status()).isEqualTo(400);
        reply.put("respondsTo", g.get("id").asLong());
        JsonNode answer = gold(instructor, reply);
        assertThat(answer.get("respondsTo").asLong()).isEqualTo(g.get("id").asLong());
        // ... and a coder's annotation never answers gold.
        Map<String, Object> coderReply = body(3, 0, 10, "concession", "US");
        coderReply.put("respondsTo", g.get("id").asLong());
        assertThat(instructor.post(annotations(""), coderReply).status()).isEqualTo(400);

        assertThat(instructor.delete(goldPath + "?version=" + changed.json().get("version").asLong()).status())
                .isEqualTo(204);
        assertThat(instructor.get(goldPath).status()).isEqualTo(404);
    }

    @Test
    void goldIsInNoCodersLayerAssessmentSourceOrProgressAndIsNeverLocked() {
        JsonNode studentCoding = code(student, body(0, 0, 12, "concession", "DPRK"));
        JsonNode instructorCoding = code(instructor, body(1, 0, 10, "demand", "US"));
        JsonNode g = gold(instructor, body(2, 0, 12, "concession", "DPRK"));
        long goldId = g.get("id").asLong();
        JsonNode accepted = accepted(instructor, studentCoding.get("id").asLong());
        Set<Long> gold = Set.of(goldId, accepted.get("id").asLong());

        assertThat(ids(instructor.get(annotations("?scope=mine")).json()))
                .contains(instructorCoding.get("id").asLong()).doesNotContainAnyElementsOf(gold);
        assertThat(ids(instructor.get(annotations("?scope=all")).json()))
                .contains(instructorCoding.get("id").asLong(), studentCoding.get("id").asLong())
                .doesNotContainAnyElementsOf(gold);
        assertThat(ids(instructor.get(annotations("?scope=group")).json())).doesNotContainAnyElementsOf(gold);
        assertThat(ids(instructor.get(annotations("?scope=user:" + instructorName)).json()))
                .containsExactly(instructorCoding.get("id").asLong());
        assertThat(ids(student.get(annotations("?scope=group")).json())).doesNotContainAnyElementsOf(gold);
        assertThat(ids(student.get(annotations("?scope=all")).json())).doesNotContainAnyElementsOf(gold);

        for (String source : List.of("all", "majority", "user:" + instructorName, "me")) {
            ApiClient.Response assessed = instructor.get(assessment(source));
            assertThat(assessed.status()).as(assessed.body()).isEqualTo(200);
            assertThat(evidence(assessed.json())).as(source).doesNotContainAnyElementsOf(gold);
        }
        assertThat(evidence(instructor.get(assessment("all")).json()))
                .contains(studentCoding.get("id").asLong());
        JsonNode fromGold = instructor.get(assessment("gold")).json();
        assertThat(fromGold.get("source").asText()).isEqualTo("gold");
        assertThat(fromGold.get("coders")).isEmpty();
        assertThat(evidence(fromGold)).containsAll(gold).doesNotContain(studentCoding.get("id").asLong());

        JsonNode progress = null;
        for (JsonNode row : instructor.get("/api/cases/" + caseId + "/progress").json()) {
            if (row.get("username").asText().equals(instructorName)) {
                progress = row;
            }
        }
        assertThat(progress).as("the instructor's own coding has a row").isNotNull();
        assertThat(progress.get("annotations").asLong()).as("gold is not the instructor's coding").isEqualTo(1);

        // Locking the instructor's own coding leaves gold writable: gold is nobody's coding.
        String submissions = "/api/cases/" + caseId + "/submissions/" + instructorName;
        assertThat(admin.post(submissions + "/lock").status()).isEqualTo(200);
        try {
            ApiClient.Response changed = instructor.put("/api/annotations/" + goldId,
                    withVersion(body(2, 0, 13, "concession", "DPRK"), g.get("version").asLong()));
            assertThat(changed.status()).as(changed.body()).isEqualTo(200);
            assertThat(instructor.post(annotations("?layer=gold"), body(3, 0, 9, "demand", "US")).status())
                    .isEqualTo(201);
            assertThat(instructor.post(annotations(""), body(3, 0, 9, "demand", "US")).status()).isEqualTo(409);
        } finally {
            assertThat(admin.post(submissions + "/unlock").status()).isEqualTo(200);
            for (JsonNode a : instructor.get(annotations("?scope=gold")).json()) {
                created.putIfAbsent(a.get("id").asLong(), admin);
            }
        }
    }
}
