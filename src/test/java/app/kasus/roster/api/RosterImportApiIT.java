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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/users/import: a class's roster is imported whole, or, when any row is bad, not at all. */
@KasusIntegrationTest
class RosterImportApiIT {

    private static final String ADMIN = "it-admin-roster";
    private static final String ADMIN_PASSWORD = "it-admin-password-roster";
    private static final String IMPORT = "/api/users/import";
    private static final String CSV_UTF8 = "text/csv; charset=UTF-8";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiClient admin;
    private ApiClient instructor;
    private ApiFixtures fixtures;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (roster)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        instructor = ApiClient.as(port, "instructor", "kasus-demo");
        fixtures = new ApiFixtures(port, admin);
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    @Test
    void aRosterWithBomSemicolonsAndNonAsciiNamesIsImported() {
        String existing = fixtures.createGroup(ApiFixtures.unique("Seminar existing")).get("name").asText();
        String fresh = ApiFixtures.unique("Kelas baru");
        fixtures.trackGroupNamed(fresh);
        String u1 = track(ApiFixtures.unique("siti"));
        String u2 = track(ApiFixtures.unique("nono"));
        String u3 = track(ApiFixtures.unique("Dang"));
        byte[] file = bytes("\uFEFFusername;display_name;group",
                u1 + ";Siti Nurhaliza;" + fresh,
                u2 + ";Ñoño Pérez;" + existing.toUpperCase(Locale.ROOT),
                "",
                u3 + ";\"Đặng; Thị Hồng\";" + fresh.toLowerCase(Locale.ROOT));

        ApiClient.Response imported = instructor.post(IMPORT, file, CSV_UTF8);
        assertStatus(imported, 201);
        assertThat(texts(imported.json().get("groupsCreated"))).containsExactly(fresh);
        JsonNode created = imported.json().get("created");
        assertThat(created.findValuesAsText("username")).containsExactly(u1, u2, u3.toLowerCase(Locale.ROOT));
        assertThat(created.findValuesAsText("displayName")).containsExactly("Siti Nurhaliza", "Ñoño Pérez", "Đặng; Thị Hồng");
        assertThat(created.findValuesAsText("role")).containsOnly("student");
        assertThat(texts(created.get(0).get("groups"))).containsExactly(fresh);
        assertThat(texts(created.get(1).get("groups"))).containsExactly(existing);
        assertThat(texts(created.get(2).get("groups"))).containsExactly(fresh);

        // The accounts are stored with their groups, and every one-time password signs in (to a password change).
        for (JsonNode account : created) {
            String username = account.get("username").asText();
            assertThat(account.get("mustChangePassword").asBoolean()).isTrue();
            JsonNode stored = admin.get("/api/users?filter=" + username).json().get(0);
            assertThat(stored.get("displayName").asText()).isEqualTo(account.get("displayName").asText());
            assertThat(stored.get("groups")).isEqualTo(account.get("groups"));
            ApiClient.Response signedIn = ApiClient.as(port, username, account.get("oneTimePassword").asText())
                    .get("/api/cases");
            assertStatus(signedIn, 403);
            assertThat(signedIn.json().get("error").asText()).startsWith("password change required");
        }
        JsonNode freshGroup = group(fresh);
        assertThat(texts(freshGroup.get("members"))).containsExactlyInAnyOrder(u1, u3.toLowerCase(Locale.ROOT));
        assertThat(texts(group(existing).get("members"))).containsExactly(u2);
    }

    @Test
    void aCommaSeparatedRosterWithoutBomImportsToo() {
        String fresh = ApiFixtures.unique("Comma class");
        fixtures.trackGroupNamed(fresh);
        String u = track(ApiFixtures.unique("comma"));
        ApiClient.Response imported = admin.post(IMPORT,
                bytes("Username,Display_Name,Group", u + ",\"Nurhaliza, Siti\"," + fresh), "text/csv");
        assertStatus(imported, 201);
        assertThat(imported.json().get("created").get(0).get("displayName").asText()).isEqualTo("Nurhaliza, Siti");
        assertThat(texts(imported.json().get("groupsCreated"))).containsExactly(fresh);
    }

    @Test
    void oneBadRowRejectsTheWholeRoster() {
        String fresh = ApiFixtures.unique("Never created");
        fixtures.trackGroupNamed(fresh);
        String good1 = track(ApiFixtures.unique("good-one"));
        String good2 = track(ApiFixtures.unique("good-two"));
        byte[] file = bytes("username,display_name,group",
                good1 + ",Good One," + fresh,
                "not valid!,Bad Row," + fresh,
                good2 + ",Good Two," + fresh);

        ApiClient.Response rejected = instructor.post(IMPORT, file, CSV_UTF8);
        assertStatus(rejected, 400);
        assertThat(rejected.json().get("error").asText()).startsWith("username: line 3:").contains("nothing was imported");
        JsonNode rows = rejected.json().get("rows");
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(rows.get(0).get("field").asText()).isEqualTo("username");
        assertThat(rows.get(0).get("error").asText()).contains("not valid!");
        assertNothingStored(List.of(good1, good2), fresh);
    }

    @Test
    void anExistingAccountRejectsTheRoster() {
        String existing = ApiFixtures.unique("already-here");
        fixtures.createAccount(existing, "student");
        String fresh = ApiFixtures.unique("Existing check");
        fixtures.trackGroupNamed(fresh);
        String good = track(ApiFixtures.unique("newcomer"));

        ApiClient.Response rejected = instructor.post(IMPORT, bytes("username,display_name,group",
                good + ",Newcomer," + fresh,
                existing.toUpperCase(Locale.ROOT) + ",Already Here," + fresh,
                "student1,Student One again," + fresh), CSV_UTF8);
        assertStatus(rejected, 400);
        assertThat(rejected.json().get("error").asText()).startsWith("file: the roster has 2 errors");
        JsonNode rows = rejected.json().get("rows");
        assertThat(rows).hasSize(2);
        assertRow(rows.get(0), 3, "username", existing + " exists");
        assertRow(rows.get(1), 4, "username", "student1 exists");
        assertNothingStored(List.of(good), fresh);
    }

    @Test
    void aUsernameTwiceInTheFileIsRefused() {
        String u = track(ApiFixtures.unique("twice"));
        ApiClient.Response rejected = instructor.post(IMPORT, bytes("username,display_name,group",
                u + ",First,Seminar A",
                u.toUpperCase(Locale.ROOT) + ",Second,Seminar A"), CSV_UTF8);
        assertStatus(rejected, 400);
        assertThat(rejected.json().get("rows")).hasSize(1);
        assertRow(rejected.json().get("rows").get(0), 3, "username", "appears twice (also on line 2)");
        assertNothingStored(List.of(u), null);
        assertThat(texts(group("Seminar A").get("members"))).doesNotContain(u);
    }

    @Test
    void everyFieldIsRequired() {
        String a = track(ApiFixtures.unique("no-display"));
        String b = track(ApiFixtures.unique("no-group"));
        String c = track(ApiFixtures.unique("short-row"));
        ApiClient.Response rejected = instructor.post(IMPORT, bytes("username,display_name,group",
                a + ", ,Seminar A",
                b + ",Has A Name,",
                c + ",Only Two",
                ",Nameless,Seminar A"), CSV_UTF8);
        assertStatus(rejected, 400);
        JsonNode rows = rejected.json().get("rows");
        assertThat(rows).hasSize(4);
        assertRow(rows.get(0), 2, "display_name", "must not be empty");
        assertRow(rows.get(1), 3, "group", "must not be empty");
        assertRow(rows.get(2), 4, "row", "has 2 fields, expected 3");
        assertRow(rows.get(3), 5, "username", "must not be empty");
        assertNothingStored(List.of(a, b, c), null);
    }

    @Test
    void aWrongHeaderIsRefused() {
        String u = track(ApiFixtures.unique("headless"));
        ApiClient.Response rejected = instructor.post(IMPORT, bytes("user,name,group", u + ",Someone,Seminar A"),
                CSV_UTF8);
        assertStatus(rejected, 400);
        assertThat(rejected.json().get("error").asText()).startsWith("file: the first line must be the header");
        assertRow(rejected.json().get("rows").get(0), 0, "file", "username,display_name,group");
        assertNothingStored(List.of(u), null);
    }

    @Test
    void moreThanFiveHundredRowsAreRefused() {
        List<String> lines = new ArrayList<>();
        lines.add("username,display_name,group");
        String prefix = ApiFixtures.unique("bulk");
        String fresh = ApiFixtures.unique("Bulk class");
        fixtures.trackGroupNamed(fresh);
        for (int i = 1; i <= 501; i++) {
            lines.add(prefix + "-" + i + ",Student " + i + "," + fresh);
        }
        ApiClient.Response rejected = instructor.post(IMPORT, bytes(lines.toArray(String[]::new)), CSV_UTF8);
        assertStatus(rejected, 400);
        assertThat(rejected.json().get("error").asText()).startsWith("file: ").contains("too many rows: 501")
                .contains("at most 500");
        assertThat(rejected.json().get("rows")).hasSize(1);
        assertRow(rejected.json().get("rows").get(0), 0, "file", "too many rows");
        assertThat(admin.get("/api/users?filter=" + prefix).json()).isEmpty();
        assertThat(admin.get("/api/groups").json().findValuesAsText("name")).doesNotContain(fresh);
    }

    @Test
    void anEmptyOrNonUtf8FileIsRefused() {
        ApiClient.Response empty = instructor.post(IMPORT, new byte[0], CSV_UTF8);
        assertStatus(empty, 400);
        assertRow(empty.json().get("rows").get(0), 0, "file", "empty");

        ApiClient.Response headerOnly = instructor.post(IMPORT, bytes("username,display_name,group"), CSV_UTF8);
        assertStatus(headerOnly, 400);
        assertRow(headerOnly.json().get("rows").get(0), 0, "file", "no students");

        String u = track(ApiFixtures.unique("latin"));
        byte[] latin1 = ("username,display_name,group\r\n" + u + ",Ñoño,Seminar A\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ApiClient.Response notUtf8 = instructor.post(IMPORT, latin1, "text/csv; charset=ISO-8859-1");
        assertStatus(notUtf8, 400);
        assertRow(notUtf8.json().get("rows").get(0), 0, "file", "UTF-8");
        assertNothingStored(List.of(u), null);
    }

    @Test
    void onlyAccountManagersImportAndOnlyCsv() {
        String u = track(ApiFixtures.unique("refused"));
        byte[] file = bytes("username,display_name,group", u + ",Refused,Seminar A");
        for (String caller : List.of("student1", "researcher")) {
            ApiClient.Response refused = ApiClient.as(port, caller, "kasus-demo").post(IMPORT, file, CSV_UTF8);
            assertStatus(refused, 403);
            assertThat(refused.json().has("rows")).isFalse();
        }
        ApiClient.Response json = instructor.post(IMPORT, file, "application/json");
        assertStatus(json, 415);
        assertThat(json.json().get("error").asText()).contains("text/csv");
        assertNothingStored(List.of(u), null);
    }

    private String track(String username) {
        fixtures.trackUser(username.toLowerCase(Locale.ROOT));
        return username;
    }

    private void assertNothingStored(List<String> usernames, String group) {
        for (String username : usernames) {
            assertThat(admin.get("/api/users?filter=" + username).json()).as(username + " stored").isEmpty();
        }
        if (group != null) {
            assertThat(admin.get("/api/groups").json().findValuesAsText("name")).doesNotContain(group);
        }
    }

    private JsonNode group(String name) {
        for (JsonNode g : admin.get("/api/groups").json()) {
            if (g.get("name").asText().equals(name)) {
                return g;
            }
        }
        throw new AssertionError("no group " + name);
    }

    private static void assertRow(JsonNode row, int line, String field, String errorPart) {
        assertThat(row.get("row").asInt()).as(row.toString()).isEqualTo(line);
        assertThat(row.get("field").asText()).as(row.toString()).isEqualTo(field);
        assertThat(row.get("error").asText()).as(row.toString()).contains(errorPart);
    }

    private static byte[] bytes(String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }

    private static void assertStatus(ApiClient.Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
    }
}
