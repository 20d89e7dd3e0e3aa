package app.kasus.group.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/groups: forming, renaming, filling and deleting seminar groups, and who sees which. */
@KasusIntegrationTest
class GroupApiIT {

    private static final String ADMIN = "it-admin-groups";
    private static final String ADMIN_PASSWORD = "it-admin-password-groups";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiClient admin;
    private ApiClient instructor;
    private ApiClient student1;
    private ApiFixtures fixtures;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (groups)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        instructor = ApiClient.as(port, "instructor", "kasus-demo");
        student1 = ApiClient.as(port, "student1", "kasus-demo");
        fixtures = new ApiFixtures(port, admin);
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    @Test
    void anInstructorCreatesRenamesFillsAndDeletesAGroup() {
        String s1 = ApiFixtures.unique("member-a");
        String s2 = ApiFixtures.unique("member-b");
        fixtures.createAccount(s1, "student");
        fixtures.createAccount(s2, "student");
        String name = ApiFixtures.unique("Seminar C");

        ApiClient.Response created = instructor.post("/api/groups", Map.of("name", "  " + name + "  "));
        assertStatus(created, 201);
        JsonNode group = created.json();
        long id = group.get("id").asLong();
        fixtures.trackGroup(id);
        assertThat(group.get("name").asText()).isEqualTo(name);
        assertThat(group.get("members")).isEmpty();
        long v0 = group.get("version").asLong();

        ApiClient.Response renamed = instructor.put("/api/groups/" + id, Map.of("name", name + " (renamed)", "version", v0));
        assertStatus(renamed, 200);
        assertThat(renamed.json().get("name").asText()).isEqualTo(name + " (renamed)");
        long v1 = renamed.json().get("version").asLong();
        assertThat(v1).isGreaterThan(v0);

        ApiClient.Response filled = instructor.put("/api/groups/" + id + "/members?version=" + v1,
                List.of(s2, s1.toUpperCase(Locale.ROOT), s2));
        assertStatus(filled, 200);
        assertThat(texts(filled.json().get("members"))).containsExactly(s1, s2);
        assertThat(filled.json().get("version").asLong()).isGreaterThan(v1);

        JsonNode listed = find(instructor, id).orElseThrow();
        assertThat(listed.get("name").asText()).isEqualTo(name + " (renamed)");
        assertThat(texts(listed.get("members"))).containsExactly(s1, s2);
        assertThat(instructor.get("/api/users?filter=" + s1).json().get(0).get("groups").get(0).asText())
                .isEqualTo(name + " (renamed)");

        ApiClient.Response emptied = instructor.put("/api/groups/" + id + "/members", List.of());
        assertStatus(emptied, 200);
        assertThat(emptied.json().get("members")).isEmpty();

        assertStatus(instructor.delete("/api/groups/" + id + "?version=" + emptied.json().get("version").asLong()), 204);
        assertThat(find(instructor, id)).isEmpty();
        assertStatus(instructor.delete("/api/groups/" + id), 404);
        assertStatus(instructor.put("/api/groups/" + id + "/members", List.of(s1)), 404);
        // The members' accounts are untouched.
        assertThat(instructor.get("/api/users?filter=" + s1).json()).hasSize(1);
    }

    @Test
    void anInstructorMayPlaceStudentsOnly() {
        String s1 = ApiFixtures.unique("placed");
        fixtures.createAccount(s1, "student");
        long id = fixtures.createGroup(ApiFixtures.unique("Placement")).get("id").asLong();

        assertRejected(instructor.put("/api/groups/" + id + "/members", List.of(s1, "instructor")), 400, "members");
        assertRejected(instructor.put("/api/groups/" + id + "/members", List.of("researcher")), 400, "members");
        assertRejected(instructor.put("/api/groups/" + id + "/members", List.of(ADMIN)), 400, "members");
        assertRejected(instructor.put("/api/groups/" + id + "/members", List.of(s1, "no-such-student")), 400, "members");
        assertRejected(instructor.put("/api/groups/" + id + "/members", "{\"not\": \"a list\"}"), 400, "body");
        assertThat(find(instructor, id).orElseThrow().get("members")).as("nothing stored").isEmpty();

        assertStatus(instructor.put("/api/groups/" + id + "/members", List.of(s1)), 200);
        // An administrator manages every account, so may place anyone.
        ApiClient.Response byAdmin = admin.put("/api/groups/" + id + "/members", List.of(s1, "researcher"));
        assertStatus(byAdmin, 200);
        assertThat(texts(byAdmin.json().get("members"))).containsExactlyInAnyOrder(s1, "researcher");
    }

    @Test
    void groupNamesAreUniqueWithoutRegardToCase() {
        String name = ApiFixtures.unique("Unique Name");
        JsonNode a = fixtures.createGroup(name);
        JsonNode b = fixtures.createGroup(ApiFixtures.unique("Other Name"));
        long bId = b.get("id").asLong();

        for (String taken : List.of(name.toUpperCase(Locale.ROOT), " " + name.toLowerCase(Locale.ROOT), "seminar a")) {
            ApiClient.Response refused = instructor.post("/api/groups", Map.of("name", taken));
            assertRejected(refused, 400, "name");
            assertThat(refused.json().get("error").asText()).contains("exists");
            assertRejected(instructor.put("/api/groups/" + bId, Map.of("name", taken)), 400, "name");
        }
        assertRejected(instructor.post("/api/groups", Map.of("name", "   ")), 400, "name");
        assertRejected(instructor.post("/api/groups", Map.of()), 400, "name");
        assertRejected(instructor.post("/api/groups", Map.of("name", "x".repeat(129))), 400, "name");
        assertThat(find(instructor, bId).orElseThrow().get("name").asText()).isEqualTo(b.get("name").asText());

        // A group may change the case of its own name.
        ApiClient.Response recased = instructor.put("/api/groups/" + a.get("id").asLong(),
                Map.of("name", name.toUpperCase(Locale.ROOT)));
        assertStatus(recased, 200);
        assertThat(recased.json().get("name").asText()).isEqualTo(name.toUpperCase(Locale.ROOT));
    }

    @Test
    void aStaleVersionIsRefused() {
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("Versioned"));
        long id = group.get("id").asLong();
        long v0 = group.get("version").asLong();
        String fresh = ApiFixtures.unique("Versioned again");
        assertStatus(instructor.put("/api/groups/" + id, Map.of("name", fresh, "version", v0)), 200);

        ApiClient.Response stale = instructor.put("/api/groups/" + id, Map.of("name", "Lost update", "version", v0));
        assertStatus(stale, 409);
        assertThat(stale.json().get("error").asText()).startsWith("stale version");
        assertStatus(instructor.put("/api/groups/" + id + "/members?version=" + v0, List.of()), 409);
        assertStatus(instructor.delete("/api/groups/" + id + "?version=" + v0), 409);
        assertRejected(instructor.delete("/api/groups/" + id + "?version=abc"), 400, "version");

        JsonNode now = find(instructor, id).orElseThrow();
        assertThat(now.get("name").asText()).isEqualTo(fresh);
    }

    @Test
    void studentsSeeOnlyTheirOwnGroupsAndChangeNone() {
        assertThat(student1.get("/api/groups").json().findValuesAsText("name")).contains("Seminar A")
                .doesNotContain("Seminar B");

        String u = ApiFixtures.unique("seer");
        ApiClient seer = fixtures.coder(u, "student");
        JsonNode mine = fixtures.createGroup(ApiFixtures.unique("Mine"));
        JsonNode other = fixtures.createGroup(ApiFixtures.unique("Not mine"));
        long id = mine.get("id").asLong();
        assertStatus(admin.put("/api/groups/" + id + "/members", List.of(u)), 200);

        ApiClient.Response seen = seer.get("/api/groups");
        assertStatus(seen, 200);
        assertThat(seen.json()).hasSize(1);
        assertThat(seen.json().get(0).get("name").asText()).isEqualTo(mine.get("name").asText());
        assertThat(texts(seen.json().get(0).get("members"))).containsExactly(u);
        assertThat(instructor.get("/api/groups").json().findValuesAsText("name"))
                .contains(mine.get("name").asText(), other.get("name").asText(), "Seminar A", "Seminar B");

        // A member sees their group but may not change it (403); to a student outside it the group is unknown (404).
        for (ApiClient caller : List.of(seer, student1)) {
            int refusal = caller == seer ? 403 : 404;
            String name = ApiFixtures.unique("Student made");
            fixtures.trackGroupNamed(name);
            assertStatus(caller.post("/api/groups", Map.of("name", name)), 403);
            assertStatus(caller.put("/api/groups/" + id, Map.of("name", name)), refusal);
            assertStatus(caller.put("/api/groups/" + id + "/members", List.of()), refusal);
            assertStatus(caller.delete("/api/groups/" + id), refusal);
        }
        assertStatus(seer.delete("/api/groups/" + Long.MAX_VALUE), 404);
        JsonNode unchanged = find(admin, id).orElseThrow();
        assertThat(unchanged.get("name").asText()).isEqualTo(mine.get("name").asText());
        assertThat(texts(unchanged.get("members"))).containsExactly(u);
        assertThat(admin.get("/api/groups").json().findValuesAsText("name")).noneMatch(n -> n.startsWith("Student made"));
    }

    @Test
    void deletingAGroupDeletesNoCoding() {
        String u = ApiFixtures.unique("member-coder");
        ApiClient coder = fixtures.coder(u, "student");
        long id = fixtures.createGroup(ApiFixtures.unique("Coding group")).get("id").asLong();
        assertStatus(instructor.put("/api/groups/" + id + "/members", List.of(u)), 200);
        long annotation = fixtures.annotate(coder);
        JsonNode before = coder.get("/api/annotations/" + annotation).json();

        assertStatus(instructor.delete("/api/groups/" + id), 204);

        ApiClient.Response after = coder.get("/api/annotations/" + annotation);
        assertStatus(after, 200);
        assertThat(after.json()).isEqualTo(before);
        assertThat(coder.get("/api/groups").json()).isEmpty();
        JsonNode account = instructor.get("/api/users?filter=" + u).json().get(0);
        assertThat(account.get("enabled").asBoolean()).isTrue();
        assertThat(account.get("groups")).isEmpty();
    }

    private static Optional<JsonNode> find(ApiClient caller, long id) {
        for (JsonNode group : caller.get("/api/groups").json()) {
            if (group.get("id").asLong() == id) {
                return Optional.of(group);
            }
        }
        return Optional.empty();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static void assertStatus(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    private static void assertRejected(ApiClient.Response response, int status, String field) {
        assertStatus(response, status);
        assertThat(response.json().get("error").asText()).startsWith(field + ":");
    }
}
