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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * History and restore through the API, with accounts of its own: a coder and a groupmate in a new group, a student
 * of no group, a new instructor and a new researcher.
 */
@KasusIntegrationTest
class HistoryApiIT {

    private static final String ADMIN = "it-admin-history";
    private static final String ADMIN_PASSWORD = "it-admin-password-history";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ApiFixtures fixtures;
    private ApiClient admin;
    private ApiClient coder;
    private ApiClient groupmate;
    private ApiClient stranger;
    private ApiClient instructor;
    private ApiClient researcher;
    private String coderName;
    private String mateName;
    private long caseId;
    private long passageId;
    private final List<String> locked = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (history)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        coderName = ApiFixtures.unique("hist-coder");
        mateName = ApiFixtures.unique("hist-mate");
        coder = fixtures.coder(coderName, "STUDENT");
        groupmate = fixtures.coder(mateName, "STUDENT");
        stranger = fixtures.coder(ApiFixtures.unique("hist-stranger"), "STUDENT");
        instructor = fixtures.coder(ApiFixtures.unique("hist-instructor"), "INSTRUCTOR");
        researcher = fixtures.coder(ApiFixtures.unique("hist-researcher"), "RESEARCHER");
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("History group"));
        ApiClient.Response filled = admin.put("/api/groups/" + group.get("id").asLong() + "/members?version="
                + group.get("version").asLong(), List.of(coderName, mateName));
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
        caseId = coder.get("/api/cases").json().get(0).get("id").asLong();
        passageId = coder.get("/api/cases/" + caseId + "/passages").json().get(0).get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        locked.forEach(user -> admin.post("/api/cases/" + caseId + "/submissions/" + user + "/unlock"));
        locked.clear();
        fixtures.cleanUp();
    }

    private long annotate(int start, String code) {
        return fixtures.annotate(coder, caseId, passageId, start, start + 4, code);
    }

    private JsonNode read(ApiClient client, long id) {
        ApiClient.Response response = client.get("/api/annotations/" + id);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private Map<String, Object> body(JsonNode annotation) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("passageId", "start", "end", "code", "actor", "addressee", "stage", "note",
                "respondsTo", "version")) {
            JsonNode value = annotation.get(field);
            body.put(field, value == null || value.isNull() ? null : value.isNumber() ? value.asLong() : value.asText());
        }
        return body;
    }

    private static int status(ApiClient.Response response) {
        return response.status();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.get(field).isNull() ? null : n.get(field).asText()));
        return texts;
    }

    @Test
    void theHistorySaysWhoChangedWhatAndWhen() {
        long id = annotate(0, "concession");
        Map<String, Object> change = body(read(coder, id));
        change.put("code", "demand");
        change.put("stage", 3);
        change.put("note", "on second thought");
        ApiClient.Response updated = coder.put("/api/annotations/" + id, change);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);

        JsonNode history = coder.get("/api/annotations/" + id + "/history").json();
        assertThat(texts(history, "action")).containsExactly("CREATED", "UPDATED");
        assertThat(texts(history, "user")).containsOnly(coderName);
        assertThat(history.get(0).get("time").asText()).isNotBlank();
        assertThat(history.get(1).get("revision").asLong()).isGreaterThan(history.get(0).get("revision").asLong());
        JsonNode changes = history.get(1).get("changes");
        assertThat(texts(changes, "field")).containsExactly("code", "stage", "note");
        assertThat(changes.get(0).get("before").asText()).isEqualTo("concession");
        assertThat(changes.get(0).get("after").asText()).isEqualTo("demand");
        assertThat(changes.get(2).get("before").isNull()).isTrue();

        // Read like the annotation: the group and staff, not a student of another group.
        assertThat(status(groupmate.get("/api/annotations/" + id + "/history"))).isEqualTo(200);
        assertThat(status(instructor.get("/api/annotations/" + id + "/history"))).isEqualTo(200);
        assertThat(status(researcher.get("/api/annotations/" + id + "/history"))).isEqualTo(200);
        ApiClient.Response hidden = stranger.get("/api/annotations/" + id + "/history");
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain(coderName);

        assertThat(status(coder.delete("/api/annotations/" + id))).isEqualTo(204);
        JsonNode afterDelete = coder.get("/api/annotations/" + id + "/history").json();
        assertThat(texts(afterDelete, "action")).containsExactly("CREATED", "UPDATED", "DELETED");
        assertThat(afterDelete.get(2).get("state").get("code").asText()).isEqualTo("demand");
        assertThat(status(stranger.get("/api/annotations/" + id + "/history"))).isEqualTo(404);
        assertThat(status(coder.get("/api/annotations/99999999/history"))).isEqualTo(404);
    }

    @Test
    void deletingATargetRecordsTheClearedLinksAndRestoringItLinksTheResponsesAgain() {
        long target = annotate(0, "demand");
        long response = annotate(5, "concession");
        Map<String, Object> link = body(read(coder, response));
        link.put("respondsTo", target);
        assertThat(status(coder.put("/api/annotations/" + response, link))).isEqualTo(200);

        assertThat(status(coder.delete("/api/annotations/" + target))).isEqualTo(204);
        assertThat(read(coder, response).get("respondsTo").isNull()).isTrue();
        JsonNode history = coder.get("/api/annotations/" + response + "/history").json();
        assertThat(texts(history, "action")).containsExactly("CREATED", "UPDATED", "UPDATED");
        JsonNode cleared = history.get(2).get("changes");
        assertThat(texts(cleared, "field")).containsExactly("respondsTo");
        assertThat(cleared.get(0).get("before").asLong()).isEqualTo(target);
        assertThat(cleared.get(0).get("after").isNull()).isTrue();

        ApiClient.Response restored = coder.post("/api/annotations/" + target + "/restore");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(read(coder, response).get("respondsTo").asLong()).isEqualTo(target);
        assertThat(texts(coder.get("/api/annotations/" + response + "/history").json(), "action"))
                .containsExactly("CREATED", "UPDATED", "UPDATED", "UPDATED");
    }

    @Test
    void theAuthorRestoresADeletedAnnotationWithItsLinkCommentsAndFeedback() {
        long target = annotate(0, "demand");
        long id = annotate(5, "concession");
        Map<String, Object> link = body(read(coder, id));
        link.put("respondsTo", target);
        assertThat(status(coder.put("/api/annotations/" + id, link))).isEqualTo(200);
        assertThat(ApiFixtures.created(groupmate, "/api/annotations/" + id + "/comments",
                ApiFixtures.threadText("Why a concession?")).get("id")).isNotNull();
        ApiFixtures.created(instructor, "/api/annotations/" + id + "/feedback", ApiFixtures.threadText("Check the actor."));
        JsonNode before = read(coder, id);

        assertThat(status(coder.delete("/api/annotations/" + id))).isEqualTo(204);
        assertThat(status(coder.get("/api/annotations/" + id))).isEqualTo(404);
        JsonNode deleted = coder.get("/api/cases/" + caseId + "/annotations/deleted").json();
        assertThat(deleted).hasSize(1);
        assertThat(deleted.get(0).get("annotation").get("id").asLong()).isEqualTo(id);
        assertThat(deleted.get(0).get("deletedBy").asText()).isEqualTo(coderName);
        // Only what the caller may restore: not the groupmate, who only read it.
        assertThat(groupmate.get("/api/cases/" + caseId + "/annotations/deleted").json()).isEmpty();
        assertThat(texts(instructor.get("/api/cases/" + caseId + "/annotations/deleted").json(), "deletedBy"))
                .contains(coderName);

        assertThat(status(groupmate.post("/api/annotations/" + id + "/restore"))).isEqualTo(404);
        ApiClient.Response strangers = stranger.post("/api/annotations/" + id + "/restore");
        assertThat(strangers.status()).isEqualTo(404);
        assertThat(strangers.body()).doesNotContain(coderName);
        assertThat(status(researcher.post("/api/annotations/" + id + "/restore"))).isEqualTo(404);

        ApiClient.Response restored = coder.post("/api/annotations/" + id + "/restore");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        JsonNode back = restored.json();
        assertThat(back.get("id").asLong()).isEqualTo(id);
        for (String field : List.of("passageId", "start", "end", "quote", "code", "actor", "addressee", "stage",
                "respondsTo", "author", "created")) {
            assertThat(back.get(field)).as(field).isEqualTo(before.get(field));
        }
        assertThat(texts(coder.get("/api/annotations/" + id + "/comments").json(), "text"))
                .containsExactly("Why a concession?");
        assertThat(texts(coder.get("/api/annotations/" + id + "/feedback").json(), "text"))
                .containsExactly("Check the actor.");
        assertThat(coder.get("/api/cases/" + caseId + "/annotations/deleted").json()).isEmpty();
        assertThat(texts(coder.get("/api/annotations/" + id + "/history").json(), "action"))
                .containsExactly("CREATED", "UPDATED", "DELETED", "RESTORED");

        // A live annotation is not deleted: 409 to whoever sees it, nothing to whoever does not.
        ApiClient.Response again = coder.post("/api/annotations/" + id + "/restore");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("error").asText()).contains("not deleted");
        assertThat(status(stranger.post("/api/annotations/" + id + "/restore"))).isEqualTo(404);
        // The restored row is an ordinary one: its version moves on and it can be edited.
        Map<String, Object> edit = body(back);
        edit.put("code", "demand");
        assertThat(status(coder.put("/api/annotations/" + id, edit))).isEqualTo(200);
    }

    @Test
    void aLinkWhoseTargetIsGoneIsDroppedAndAnInstructorRestoresAStudentsCoding() {
        long target = annotate(0, "demand");
        long id = annotate(5, "concession");
        Map<String, Object> link = body(read(coder, id));
        link.put("respondsTo", target);
        assertThat(status(coder.put("/api/annotations/" + id, link))).isEqualTo(200);
        assertThat(status(coder.delete("/api/annotations/" + id))).isEqualTo(204);
        assertThat(status(coder.delete("/api/annotations/" + target))).isEqualTo(204);

        ApiClient.Response restored = instructor.post("/api/annotations/" + id + "/restore");
        assertThat(restored.status()).as(restored.body()).isEqualTo(200);
        assertThat(restored.json().get("respondsTo").isNull()).isTrue();
        assertThat(restored.json().get("author").asText()).isEqualTo(coderName);
        assertThat(read(coder, id).get("code").asText()).isEqualTo("concession");
    }

    @Test
    void lockedCodingIsNotRestored() {
        long id = annotate(0, "demand");
        assertThat(status(coder.delete("/api/annotations/" + id))).isEqualTo(204);
        assertThat(status(instructor.post("/api/cases/" + caseId + "/submissions/" + coderName + "/lock"))).isEqualTo(200);
        locked.add(coderName);

        for (ApiClient client : List.of(coder, instructor)) {
            ApiClient.Response refused = client.post("/api/annotations/" + id + "/restore");
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.json().get("error").asText()).contains("locked");
        }
        assertThat(status(coder.get("/api/annotations/" + id))).isEqualTo(404);

        assertThat(status(instructor.post("/api/cases/" + caseId + "/submissions/" + coderName + "/unlock"))).isEqualTo(200);
        assertThat(status(coder.post("/api/annotations/" + id + "/restore"))).isEqualTo(200);
    }

    @Test
    void instructorsReadTheCasesActivityNewestFirst() {
        long id = annotate(0, "concession");
        ApiFixtures.created(groupmate, "/api/annotations/" + id + "/comments", ApiFixtures.threadText("Agreed."));
        assertThat(status(coder.delete("/api/annotations/" + id))).isEqualTo(204);
        assertThat(status(coder.post("/api/annotations/" + id + "/restore"))).isEqualTo(200);

        ApiClient.Response page = instructor.get("/api/cases/" + caseId + "/activity?page=0&size=50");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        List<String> mine = new ArrayList<>();
        List<Long> revisions = new ArrayList<>();
        for (JsonNode entry : page.json()) {
            revisions.add(entry.get("revision").asLong());
            if (entry.get("annotationId").asLong() == id) {
                mine.add(entry.get("subject").asText() + " " + entry.get("action").asText() + " "
                        + entry.get("user").asText());
            }
        }
        assertThat(revisions).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(mine).containsExactly(
                "ANNOTATION RESTORED " + coderName,
                "COMMENT CREATED " + coderName,
                "ANNOTATION DELETED " + coderName,
                "COMMENT DELETED " + coderName,
                "COMMENT CREATED " + mateName,
                "ANNOTATION CREATED " + coderName);

        JsonNode second = instructor.get("/api/cases/" + caseId + "/activity?page=1&size=2").json();
        assertThat(second.get(0).get("revision").asLong()).isEqualTo(page.json().get(2).get("revision").asLong());

        for (ApiClient client : List.of(coder, researcher)) {
            assertThat(status(client.get("/api/cases/" + caseId + "/activity"))).isEqualTo(403);
        }
        assertThat(status(instructor.get("/api/cases/" + caseId + "/activity?size=0"))).isEqualTo(400);
        assertThat(status(instructor.get("/api/cases/" + caseId + "/activity?page=-1"))).isEqualTo(400);
        assertThat(status(instructor.get("/api/cases/99999999/activity"))).isEqualTo(404);
    }

    @Test
    void noPasswordOrTokenHashIsEverInTheHistory() {
        String name = ApiFixtures.unique("hist-secret");
        ApiClient account = fixtures.coder(name, "STUDENT");
        assertThat(status(account.get("/api/cases"))).isEqualTo(200);
        admin.post("/api/users/" + name + "/disable");
        admin.post("/api/users/" + name + "/enable");
        String hash = jdbc.queryForObject("select password_hash from app_user where username = ?", String.class, name);
        List<String> secrets = new ArrayList<>(List.of(hash));
        secrets.addAll(jdbc.queryForList("select token_hash from api_token", String.class));

        assertThat(jdbc.queryForObject("select count(*) from app_user_aud a join app_user u on u.id = a.id"
                + " where u.username = ?", Integer.class, name)).isGreaterThanOrEqualTo(2);
        List<String> auditTables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where lower(table_name) like '%\\_aud' escape '\\' or lower(table_name) = 'audit_revision'", String.class);
        assertThat(auditTables).hasSizeGreaterThanOrEqualTo(10);
        for (String table : auditTables) {
            assertThat(jdbc.queryForList("select column_name from information_schema.columns where table_name = ?",
                    String.class, table)).as(table).noneMatch(c -> c.toLowerCase().contains("hash")
                    || c.toLowerCase().contains("password_hash"));
            for (Map<String, Object> row : jdbc.queryForList("select * from " + table)) {
                for (Object value : row.values()) {
                    if (value != null) {
                        assertThat(secrets).as(table).doesNotContain(value.toString());
                        assertThat(value.toString()).as(table).doesNotStartWith("{bcrypt}").doesNotStartWith("$2");
                    }
                }
            }
        }
    }
}
