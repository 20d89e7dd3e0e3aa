package app.kasus.roster.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/users and /api/account/password: who may do what, one-time passwords, usernames, disabling and deleting. */
@KasusIntegrationTest
class UserApiIT {

    private static final String ADMIN = "it-admin-users";
    private static final String ADMIN_PASSWORD = "it-admin-password-users";
    private static final String DEMO_PASSWORD = "kasus-demo";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiClient admin;
    private ApiClient instructor;
    private ApiClient researcher;
    private ApiClient student;
    private ApiFixtures fixtures;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (users)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        instructor = ApiClient.as(port, "instructor", DEMO_PASSWORD);
        researcher = ApiClient.as(port, "researcher", DEMO_PASSWORD);
        student = ApiClient.as(port, "student1", DEMO_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    // --- who may do what ---------------------------------------------------------------------------------------

    @Test
    void listingAccountsIsForAccountManagersAndShowsOnlyWhatTheyManage() {
        String s = ApiFixtures.unique("list-stud");
        String i = ApiFixtures.unique("list-inst");
        String a = ApiFixtures.unique("list-admin");
        fixtures.createAccount(s, "student");
        fixtures.createAccount(i, "instructor");
        fixtures.createAccount(a, "admin");

        assertStatus(student.get("/api/users"), 403);
        assertStatus(researcher.get("/api/users"), 403);

        ApiClient.Response byInstructor = instructor.get("/api/users");
        assertStatus(byInstructor, 200);
        assertThat(byInstructor.json().findValuesAsText("role")).containsOnly("student");
        assertThat(usernames(byInstructor)).contains(s, "student1").doesNotContain(i, a, "instructor", ADMIN);

        ApiClient.Response byAdmin = admin.get("/api/users");
        assertStatus(byAdmin, 200);
        assertThat(usernames(byAdmin)).contains(s, i, a, ADMIN, "instructor", "researcher", "student1");

        JsonNode one = only(admin.get("/api/users?filter=" + s));
        assertThat(one.get("username").asText()).isEqualTo(s);
        assertThat(one.get("displayName").asText()).isEqualTo("Test " + s);
        assertThat(one.get("role").asText()).isEqualTo("student");
        assertThat(one.get("enabled").asBoolean()).isTrue();
        assertThat(one.get("mustChangePassword").asBoolean()).isTrue();
        assertThat(one.get("groups").isArray()).isTrue();
        assertThat(one.get("groups")).isEmpty();
        assertThat(one.get("created").asText()).isNotBlank();
        assertThat(one.has("oneTimePassword")).as("a listing shows no password").isFalse();
        assertThat(one.toString()).doesNotContainIgnoringCase("hash");

        JsonNode demo = only(instructor.get("/api/users?filter=student1"));
        assertThat(demo.get("groups").get(0).asText()).isEqualTo("Seminar A");
    }

    @Test
    void creatingAccountsFollowsTheRoleRules() {
        String byStudent = ApiFixtures.unique("by-student");
        fixtures.trackUser(byStudent);
        assertStatus(student.post("/api/users", newAccount(byStudent, "student")), 403);
        assertStatus(researcher.post("/api/users", newAccount(byStudent, "student")), 403);
        // Refused for what the caller is, before the body is even looked at.
        assertStatus(student.post("/api/users", newAccount("not valid!", "student")), 403);
        assertThat(admin.get("/api/users?filter=" + byStudent).json()).isEmpty();

        String s = ApiFixtures.unique("by-instructor");
        fixtures.trackUser(s);
        ApiClient.Response created = instructor.post("/api/users", newAccount(s, "student"));
        assertStatus(created, 201);
        assertThat(created.json().get("username").asText()).isEqualTo(s);
        assertThat(created.json().get("role").asText()).isEqualTo("student");
        assertThat(created.json().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.json().get("oneTimePassword").asText()).matches("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

        String refused = ApiFixtures.unique("inst-refused");
        fixtures.trackUser(refused);
        assertStatus(instructor.post("/api/users", newAccount(refused, "instructor")), 403);
        assertStatus(instructor.post("/api/users", newAccount(refused, "admin")), 403);
        assertStatus(instructor.post("/api/users", newAccount(refused, "researcher")), 403);

        String i = ApiFixtures.unique("by-admin-inst");
        fixtures.trackUser(i);
        ApiClient.Response mixedCase = admin.post("/api/users", newAccount(i, "Instructor"));
        assertStatus(mixedCase, 201);
        assertThat(mixedCase.json().get("role").asText()).isEqualTo("instructor");
        String a = ApiFixtures.unique("by-admin-admin");
        fixtures.trackUser(a);
        assertThat(admin.post("/api/users", newAccount(a, "ADMIN")).json().get("role").asText()).isEqualTo("admin");

        String bad = ApiFixtures.unique("bad-role");
        fixtures.trackUser(bad);
        assertRejected(admin.post("/api/users", newAccount(bad, "superuser")), 400, "role");
        assertRejected(admin.post("/api/users", Map.of("username", bad, "displayName", "No role")), 400, "role");
        assertRejected(admin.post("/api/users", Map.of("username", bad, "displayName", " ", "role", "student")), 400,
                "displayName");
        assertRejected(admin.post("/api/users", "{not json"), 400, "body");
        assertThat(admin.get("/api/users?filter=" + bad).json()).isEmpty();
    }

    @Test
    void aNewAccountCanJoinGroupsAtOnce() {
        String existing = fixtures.createGroup(ApiFixtures.unique("Existing group")).get("name").asText();
        String fresh = ApiFixtures.unique("Fresh group");
        fixtures.trackGroupNamed(fresh);
        String s = ApiFixtures.unique("grouped");
        fixtures.trackUser(s);

        ApiClient.Response created = instructor.post("/api/users", Map.of("username", s, "displayName", "Grouped",
                "role", "student", "groups", List.of(existing.toUpperCase(Locale.ROOT), fresh)));
        assertStatus(created, 201);
        assertThat(texts(created.json().get("groups"))).containsExactlyInAnyOrder(existing, fresh);
        // Found by HostileInputPropertiesIT: the Location (/api/users/{username}) named a resource nothing answered.
        ApiClient.Response readBack = instructor.get("/api/users/" + s);
        assertStatus(readBack, 200);
        assertThat(readBack.json().get("username").asText()).isEqualTo(s);
        assertThat(texts(readBack.json().get("groups"))).containsExactlyInAnyOrder(existing, fresh);
        assertThat(readBack.json().has("oneTimePassword")).isFalse();
        assertStatus(instructor.get("/api/users/" + ADMIN), 404);
        assertStatus(instructor.get("/api/users/no-such-account-" + s), 404);
        assertThat(admin.get("/api/groups").json()).filteredOn(g -> g.get("name").asText().equals(fresh))
                .singleElement().satisfies(g -> assertThat(texts(g.get("members"))).containsExactly(s));

        String tooLong = ApiFixtures.unique("grouped");
        fixtures.trackUser(tooLong);
        assertRejected(instructor.post("/api/users", Map.of("username", tooLong, "displayName", "Grouped",
                "role", "student", "groups", List.of("x".repeat(129)))), 400, "groups");
        assertThat(admin.get("/api/users?filter=" + tooLong).json()).as("nothing stored").isEmpty();

        // Found by HostileInputPropertiesIT: a group named twice was answered once, unlike what was sent.
        String twice = ApiFixtures.unique("grouped");
        fixtures.trackUser(twice);
        ApiClient.Response doubled = instructor.post("/api/users", Map.of("username", twice, "displayName", "Grouped",
                "role", "student", "groups", List.of(existing, existing.toUpperCase(Locale.ROOT))));
        assertRejected(doubled, 400, "groups");
        assertThat(doubled.json().get("error").asText()).contains("named twice");
        assertThat(admin.get("/api/users?filter=" + twice).json()).as("nothing stored").isEmpty();
    }

    @Test
    void studentsAndResearchersMayNotActOnAnyAccount() {
        String s = ApiFixtures.unique("target");
        fixtures.createAccount(s, "student");
        for (ApiClient caller : List.of(student, researcher)) {
            for (String target : List.of(s, "student2", "no-such-account")) {
                assertStatus(caller.post("/api/users/" + target + "/disable"), 403);
                assertStatus(caller.post("/api/users/" + target + "/enable"), 403);
                assertStatus(caller.post("/api/users/" + target + "/reset-password"), 403);
                assertStatus(caller.delete("/api/users/" + target), 403);
            }
        }
        JsonNode unchanged = only(admin.get("/api/users?filter=" + s));
        assertThat(unchanged.get("enabled").asBoolean()).isTrue();
    }

    @Test
    void instructorsActOnStudentsOnlyAndOtherAccountsReadAsMissing() {
        String s = ApiFixtures.unique("inst-target");
        String i = ApiFixtures.unique("other-inst");
        String a = ApiFixtures.unique("other-admin");
        fixtures.createAccount(s, "student");
        fixtures.createAccount(i, "instructor");
        fixtures.createAccount(a, "admin");

        ApiClient.Response disabled = instructor.post("/api/users/" + s + "/disable");
        assertStatus(disabled, 200);
        assertThat(disabled.json().get("enabled").asBoolean()).isFalse();
        assertThat(disabled.json().has("oneTimePassword")).isFalse();
        ApiClient.Response enabled = instructor.post("/api/users/" + s + "/enable");
        assertStatus(enabled, 200);
        assertThat(enabled.json().get("enabled").asBoolean()).isTrue();
        ApiClient.Response reset = instructor.post("/api/users/" + s + "/reset-password");
        assertStatus(reset, 200);
        assertThat(reset.json().get("username").asText()).isEqualTo(s);
        assertThat(reset.json().get("mustChangePassword").asBoolean()).isTrue();
        assertThat(reset.json().get("oneTimePassword").asText()).isNotBlank();

        for (String target : List.of(i, a, "researcher", "no-such-account")) {
            assertStatus(instructor.post("/api/users/" + target + "/disable"), 404);
            assertStatus(instructor.post("/api/users/" + target + "/enable"), 404);
            assertStatus(instructor.post("/api/users/" + target + "/reset-password"), 404);
            assertStatus(instructor.delete("/api/users/" + target), 404);
        }
        assertThat(only(admin.get("/api/users?filter=" + i)).get("enabled").asBoolean()).isTrue();

        assertStatus(instructor.delete("/api/users/" + s), 204);
        assertThat(admin.get("/api/users?filter=" + s).json()).isEmpty();
        assertStatus(instructor.delete("/api/users/" + s), 404);
        assertStatus(instructor.post("/api/users/" + s + "/enable"), 404);
    }

    @Test
    void administratorsActOnEveryAccountButTheirOwn() {
        String i = ApiFixtures.unique("adm-inst");
        String a = ApiFixtures.unique("adm-admin");
        fixtures.createAccount(i, "instructor");
        fixtures.createAccount(a, "admin");

        assertThat(admin.post("/api/users/" + i + "/disable").json().get("enabled").asBoolean()).isFalse();
        assertThat(admin.post("/api/users/" + i + "/enable").json().get("enabled").asBoolean()).isTrue();
        ApiClient.Response reset = admin.post("/api/users/" + a + "/reset-password");
        assertStatus(reset, 200);
        assertThat(reset.json().get("oneTimePassword").asText()).isNotBlank();
        assertStatus(admin.delete("/api/users/" + i), 204);
        assertStatus(admin.delete("/api/users/" + a), 204);
        assertThat(admin.get("/api/users?filter=" + i).json()).isEmpty();

        assertRejected(admin.post("/api/users/" + ADMIN + "/disable"), 400, "username");
        assertRejected(admin.delete("/api/users/" + ADMIN), 400, "username");
        assertStatus(admin.get("/api/users"), 200);
        assertStatus(admin.post("/api/users/no-such-account/disable"), 404);
    }

    @Test
    void rosterImportIsForAccountManagers() {
        String group = fixtures.createGroup(ApiFixtures.unique("Import group")).get("name").asText();
        for (ApiClient caller : List.of(student, researcher)) {
            String u = ApiFixtures.unique("imp-refused");
            fixtures.trackUser(u);
            assertStatus(caller.post("/api/users/import", roster(u, group), "text/csv"), 403);
            assertThat(admin.get("/api/users?filter=" + u).json()).isEmpty();
        }
        for (ApiClient caller : List.of(instructor, admin)) {
            String u = ApiFixtures.unique("imp-ok");
            fixtures.trackUser(u);
            ApiClient.Response imported = caller.post("/api/users/import", roster(u, group), "text/csv");
            assertStatus(imported, 201);
            assertThat(imported.json().get("created").findValuesAsText("username")).containsExactly(u);
            assertThat(imported.json().get("groupsCreated")).isEmpty();
        }
    }

    @Test
    void groupEndpointsAreForGroupManagersExceptReading() {
        JsonNode g = fixtures.createGroup(ApiFixtures.unique("Matrix group"));
        long id = g.get("id").asLong();
        for (ApiClient caller : List.of(student, researcher, instructor, admin)) {
            assertStatus(caller.get("/api/groups"), 200);
        }
        for (ApiClient caller : List.of(student, researcher)) {
            // The researcher sees every group and is refused; to the student the group they are not in is unknown.
            int refusal = caller == student ? 404 : 403;
            String name = ApiFixtures.unique("Refused group");
            fixtures.trackGroupNamed(name);
            assertStatus(caller.post("/api/groups", Map.of("name", name)), 403);
            assertStatus(caller.put("/api/groups/" + id, Map.of("name", name)), refusal);
            assertStatus(caller.put("/api/groups/" + id + "/members", List.of()), refusal);
            assertStatus(caller.delete("/api/groups/" + id), refusal);
            assertThat(admin.get("/api/groups").json().findValuesAsText("name")).doesNotContain(name);
        }
        for (ApiClient caller : List.of(instructor, admin)) {
            ApiClient.Response created = caller.post("/api/groups", Map.of("name", ApiFixtures.unique("Allowed group")));
            assertStatus(created, 201);
            long own = created.json().get("id").asLong();
            fixtures.trackGroup(own);
            assertStatus(caller.put("/api/groups/" + own, Map.of("name", ApiFixtures.unique("Renamed group"))), 200);
            assertStatus(caller.put("/api/groups/" + own + "/members", List.of()), 200);
            assertStatus(caller.delete("/api/groups/" + own), 204);
            assertStatus(caller.delete("/api/groups/" + own), 404);
            assertStatus(caller.put("/api/groups/" + own, Map.of("name", "whatever")), 404);
        }
        assertThat(admin.get("/api/groups").json().findValuesAsText("name")).contains(g.get("name").asText());
    }

    // --- one-time passwords ------------------------------------------------------------------------------------

    @Test
    void aOneTimePasswordSignsInButAllowsOnlyThePasswordChange() {
        String u = ApiFixtures.unique("one-time");
        String oneTime = fixtures.createAccount(u, "student").get("oneTimePassword").asText();
        ApiClient first = ApiClient.as(port, u, oneTime);

        for (ApiClient.Response refused : List.of(first.get("/api/cases"), first.get("/api/groups"),
                first.get("/api/users"), first.post("/api/groups", Map.of("name", "x")))) {
            assertStatus(refused, 403);
            assertThat(refused.json().get("error").asText()).startsWith("password change required");
        }
        assertRejected(first.put("/api/account/password",
                Map.of("currentPassword", "not-the-password", "newPassword", "a-good-new-password")), 400, "currentPassword");
        assertRejected(first.put("/api/account/password",
                Map.of("currentPassword", oneTime, "newPassword", "short")), 400, "newPassword");
        assertRejected(first.put("/api/account/password",
                Map.of("currentPassword", oneTime, "newPassword", oneTime)), 400, "newPassword");
        assertStatus(first.get("/api/cases"), 403);

        assertStatus(first.put("/api/account/password",
                Map.of("currentPassword", oneTime, "newPassword", "a-good-new-password")), 204);
        assertStatus(first.get("/api/cases"), 401);
        ApiClient own = ApiClient.as(port, u, "a-good-new-password");
        assertStatus(own.get("/api/cases"), 200);
        assertStatus(own.get("/api/groups"), 200);
        assertThat(only(admin.get("/api/users?filter=" + u)).get("mustChangePassword").asBoolean()).isFalse();

        // A reset hands out a new one-time password: the own one stops working, the new one must be replaced again.
        String second = admin.post("/api/users/" + u + "/reset-password").json().get("oneTimePassword").asText();
        assertThat(second).isNotEqualTo(oneTime);
        assertStatus(own.get("/api/cases"), 401);
        ApiClient.Response again = ApiClient.as(port, u, second).get("/api/cases");
        assertStatus(again, 403);
        assertThat(again.json().get("error").asText()).startsWith("password change required");
    }

    // --- usernames ---------------------------------------------------------------------------------------------

    @Test
    void usernamesAreComparedWithoutRegardToCase() {
        String typed = ApiFixtures.unique("Jane.Doe");
        String stored = typed.toLowerCase(Locale.ROOT);
        fixtures.trackUser(stored);
        ApiClient.Response created = admin.post("/api/users", newAccount(typed, "student"));
        assertStatus(created, 201);
        assertThat(created.json().get("username").asText()).isEqualTo(stored);

        ApiClient.Response again = admin.post("/api/users", newAccount(typed.toUpperCase(Locale.ROOT), "student"));
        assertRejected(again, 400, "username");
        assertThat(again.json().get("error").asText()).contains("exists");
        assertThat(admin.get("/api/users?filter=" + stored).json()).hasSize(1);

        // Signing in and acting on the account also ignore case.
        String oneTime = created.json().get("oneTimePassword").asText();
        ApiClient.Response upper = ApiClient.as(port, typed.toUpperCase(Locale.ROOT), oneTime).get("/api/cases");
        assertStatus(upper, 403);
        assertThat(upper.json().get("error").asText()).startsWith("password change required");
        assertThat(admin.post("/api/users/" + typed.toUpperCase(Locale.ROOT) + "/disable").json().get("username")
                .asText()).isEqualTo(stored);
    }

    @Test
    void invalidUsernamesAreRefusedNamingTheField() {
        int before = admin.get("/api/users").json().size();
        for (String name : List.of("jane doe", "jane!", "-jane", ".jane", "j", "ñoño", "jane/doe", "x".repeat(65), "")) {
            ApiClient.Response refused = admin.post("/api/users", newAccount(name, "student"));
            assertRejected(refused, 400, "username");
        }
        assertRejected(admin.post("/api/users", Map.of("displayName", "No name", "role", "student")), 400, "username");
        assertThat(admin.get("/api/users").json()).as("nothing stored").hasSize(before);
    }

    // --- coding, disabling, deleting ---------------------------------------------------------------------------

    @Test
    void anAccountWithCodingIsDisabledInsteadOfDeleted() {
        String u = ApiFixtures.unique("coder");
        ApiClient coder = fixtures.coder(u, "student");
        long annotation = fixtures.annotate(coder);

        ApiClient.Response refused = admin.delete("/api/users/" + u);
        assertStatus(refused, 409);
        assertThat(refused.json().get("error").asText()).contains("annotations").contains("disable");
        assertStatus(instructor.delete("/api/users/" + u), 409);
        assertThat(only(admin.get("/api/users?filter=" + u)).get("enabled").asBoolean()).isTrue();
        assertStatus(coder.get("/api/annotations/" + annotation), 200);

        assertThat(instructor.post("/api/users/" + u + "/disable").json().get("enabled").asBoolean()).isFalse();
        assertStatus(coder.get("/api/annotations/" + annotation), 401);
        assertThat(only(admin.get("/api/users?filter=" + u)).get("enabled").asBoolean()).isFalse();

        assertStatus(instructor.post("/api/users/" + u + "/enable"), 200);
        assertThat(coder.get("/api/annotations/" + annotation).json().get("author").asText()).isEqualTo(u);

        // Without coding the same account can go.
        assertStatus(coder.delete("/api/annotations/" + annotation), 204);
        assertStatus(admin.delete("/api/users/" + u), 204);
        assertStatus(coder.get("/api/cases"), 401);
    }

    @Test
    void aDisabledAccountIsRefusedUntilEnabledAgain() {
        String u = ApiFixtures.unique("disabled");
        ApiClient coder = fixtures.coder(u, "student");
        assertStatus(coder.get("/api/cases"), 200);

        assertStatus(admin.post("/api/users/" + u + "/disable"), 200);
        assertStatus(coder.get("/api/cases"), 401);
        assertStatus(coder.put("/api/account/password",
                Map.of("currentPassword", ApiFixtures.OWN_PASSWORD, "newPassword", "another-password-1")), 401);

        assertStatus(admin.post("/api/users/" + u + "/enable"), 200);
        assertStatus(coder.get("/api/cases"), 200);
    }

    @Test
    void disablingEndsTheAccountsOpenSessions() {
        String u = ApiFixtures.unique("session");
        fixtures.coder(u, "student");
        ApiClient session = ApiClient.signIn(port, u, ApiFixtures.OWN_PASSWORD);
        assertStatus(session.get("/api/cases"), 200);

        assertStatus(admin.post("/api/users/" + u + "/disable"), 200);
        assertStatus(session.get("/api/cases"), 401);

        // Ended, not merely refused: enabling the account again does not revive the session.
        assertStatus(admin.post("/api/users/" + u + "/enable"), 200);
        assertStatus(session.get("/api/cases"), 401);
        assertStatus(ApiClient.signIn(port, u, ApiFixtures.OWN_PASSWORD).get("/api/cases"), 200);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static Map<String, Object> newAccount(String username, String role) {
        return Map.of("username", username, "displayName", "Test " + username, "role", role);
    }

    private static byte[] roster(String username, String group) {
        return ("username,display_name,group\r\n" + username + ",Imported " + username + "," + group + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> usernames(ApiClient.Response response) {
        return response.json().findValuesAsText("username");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static JsonNode only(ApiClient.Response response) {
        assertStatus(response, 200);
        assertThat(response.json()).as(response.body()).hasSize(1);
        return response.json().get(0);
    }

    private static void assertStatus(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }

    private static void assertRejected(ApiClient.Response response, int status, String field) {
        assertStatus(response, status);
        assertThat(response.json().get("error").asText()).startsWith(field + ":");
    }
}
