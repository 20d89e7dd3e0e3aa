package app.kasus.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.ApiTokens;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
 * Personal API tokens through the API: created with Basic, used as {@code Authorization: Bearer}, listed without
 * the secret, revoked, expired, of a disabled owner, and every malformed header, all answered 401 and never 500;
 * a token carries exactly its owner's rights; a cookie is never excused from CSRF by a bogus Bearer header. Two
 * students in different groups are created for the test and removed afterwards, with their tokens.
 */
@KasusIntegrationTest
class ApiTokenIT {

    private static final String ADMIN = "it-admin-tokens";
    private static final String ADMIN_PASSWORD = "it-admin-password-tokens";
    private static final HttpClient RAW = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ApiFixtures fixtures;
    private ApiClient admin;
    private String ownerName;
    private String strangerName;
    private ApiClient owner;
    private ApiClient stranger;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (tokens)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        ownerName = ApiFixtures.unique("it-token-owner");
        strangerName = ApiFixtures.unique("it-token-stranger");
        // The fixtures' usual clients hold a token; this test is about tokens, so it starts from passwords.
        owner = fixtures.passwordCoder(ownerName, "student");
        stranger = fixtures.passwordCoder(strangerName, "student");
        group(ownerName);
        group(strangerName);
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    private void group(String... members) {
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("it-token-group"));
        ApiClient.Response filled = admin.put("/api/groups/" + group.get("id").asLong() + "/members?version="
                + group.get("version").asLong(), List.of(members));
        assertThat(filled.status()).as(filled.body()).isEqualTo(200);
    }

    private JsonNode createToken(ApiClient as, String name, Integer days) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        if (days != null) {
            body.put("expiresInDays", days);
        }
        ApiClient.Response created = as.post("/api/tokens", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private HttpResponse<String> raw(String method, String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "application/json")
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return RAW.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aTokenCreatedWithBasicActsAsItsOwnerWithoutASession() throws Exception {
        JsonNode issued = createToken(owner, "export script", 30);
        String token = issued.get("token").asText();
        assertThat(token).startsWith(ApiTokens.PREFIX).hasSize(ApiTokens.PREFIX.length() + 43);
        assertThat(issued.get("name").asText()).isEqualTo("export script");
        Instant expires = Instant.parse(issued.get("expires").asText());
        assertThat(expires).isBetween(Instant.now().plus(29, ChronoUnit.DAYS), Instant.now().plus(31, ChronoUnit.DAYS));

        ApiClient script = ApiClient.bearer(port, token);
        long annotation = fixtures.annotate(script);
        ApiClient.Response read = owner.get("/api/annotations/" + annotation);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(read.json().get("author").asText()).isEqualTo(ownerName);

        HttpResponse<String> response = raw("GET", "/api/cases", "Bearer " + token);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).as("a token request is stateless").isEmpty();
    }

    @Test
    void aTokenCarriesOnlyItsOwnersRights() {
        long foreign = fixtures.annotate(stranger);
        ApiClient script = ApiClient.bearer(port, createToken(owner, "reader", null).get("token").asText());

        assertThat(script.get("/api/annotations/" + foreign).status()).isEqualTo(404);
        assertThat(owner.get("/api/annotations/" + foreign).status()).as("as with Basic").isEqualTo(404);
        assertThat(script.get("/api/users").status()).as("a student manages no accounts").isEqualTo(403);
        assertThat(script.get("/api/cases/" + caseId(script) + "/annotations?scope=user:" + strangerName).status())
                .isEqualTo(404);
        assertThat(script.delete("/api/annotations/" + foreign).status()).isIn(403, 404);
    }

    private long caseId(ApiClient client) {
        return client.get("/api/cases").json().get(0).get("id").asLong();
    }

    @Test
    void theListNeverShowsTheSecretAndOnlyTheOwnersTokens() {
        JsonNode issued = createToken(owner, "nightly", null);
        createToken(stranger, "someone else's", null);
        Instant expires = Instant.parse(issued.get("expires").asText());
        assertThat(expires).as("90 days by default")
                .isBetween(Instant.now().plus(89, ChronoUnit.DAYS), Instant.now().plus(91, ChronoUnit.DAYS));

        ApiClient.Response list = ApiClient.bearer(port, issued.get("token").asText()).get("/api/tokens");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json()).hasSize(1);
        JsonNode listed = list.json().get(0);
        assertThat(listed.get("id").asLong()).isEqualTo(issued.get("id").asLong());
        assertThat(listed.get("name").asText()).isEqualTo("nightly");
        assertThat(listed.has("token")).isFalse();
        assertThat(list.body()).doesNotContain(issued.get("token").asText())
                .doesNotContain(issued.get("token").asText().substring(ApiTokens.PREFIX.length()));
        assertThat(listed.get("lastUsed").isNull()).as("this very request stamped it").isFalse();
    }

    @Test
    void aRevokedTokenIsRefusedAndOthersCannotRevokeIt() throws Exception {
        JsonNode issued = createToken(owner, "to revoke", null);
        long id = issued.get("id").asLong();
        String token = issued.get("token").asText();
        assertThat(raw("GET", "/api/cases", "Bearer " + token).statusCode()).isEqualTo(200);

        assertThat(stranger.delete("/api/tokens/" + id).status()).as("someone else's token").isEqualTo(404);
        assertThat(raw("GET", "/api/cases", "Bearer " + token).statusCode()).isEqualTo(200);
        assertThat(owner.delete("/api/tokens/" + id).status()).isEqualTo(204);

        HttpResponse<String> refused = raw("GET", "/api/cases", "Bearer " + token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(refused.body()).contains("\"error\"");
        assertThat(owner.get("/api/tokens").json()).isEmpty();
        assertThat(owner.delete("/api/tokens/" + id).status()).as("already gone").isEqualTo(404);
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        JsonNode issued = createToken(owner, "short-lived", 1);
        String token = issued.get("token").asText();
        assertThat(raw("GET", "/api/cases", "Bearer " + token).statusCode()).isEqualTo(200);
        jdbc.update("update api_token set expires_at = ? where id = ?",
                java.sql.Timestamp.from(Instant.now().minusSeconds(1)), issued.get("id").asLong());
        HttpResponse<String> refused = raw("GET", "/api/cases", "Bearer " + token);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
        assertThat(owner.get("/api/tokens").json()).as("still listed, to be revoked").hasSize(1);
    }

    @Test
    void aDisabledOwnersTokensStopWorkingAndWorkAgainWhenEnabled() throws Exception {
        String token = createToken(owner, "script", null).get("token").asText();
        assertThat(admin.post("/api/users/" + ownerName + "/disable").status()).isEqualTo(200);
        assertThat(raw("GET", "/api/cases", "Bearer " + token).statusCode()).isEqualTo(401);
        assertThat(admin.post("/api/users/" + ownerName + "/enable").status()).isEqualTo(200);
        assertThat(raw("GET", "/api/cases", "Bearer " + token).statusCode()).isEqualTo(200);
    }

    @Test
    void aOneTimePasswordHoldersTokenIsHeldToThePasswordChange() throws Exception {
        String token = createToken(owner, "script", null).get("token").asText();
        assertThat(admin.post("/api/users/" + ownerName + "/reset-password").status()).isEqualTo(200);
        HttpResponse<String> held = raw("GET", "/api/cases", "Bearer " + token);
        assertThat(held.statusCode()).isEqualTo(403);
        assertThat(held.body()).contains("password change required");
    }

    @Test
    void malformedBearerHeadersAreRefusedWith401() throws Exception {
        String valid = createToken(owner, "script", null).get("token").asText();
        List<String> headers = List.of("Bearer", "Bearer ", "Bearer x", "bearer garbage!",
                "Bearer " + valid.substring(ApiTokens.PREFIX.length()),
                "Bearer " + valid + "x", "Bearer " + valid.substring(0, valid.length() - 1) + "!",
                "Bearer " + ApiTokens.PREFIX + "A".repeat(43),
                "Bearer " + valid + " " + valid);
        for (String header : headers) {
            for (String method : List.of("GET", "POST", "DELETE")) {
                HttpResponse<String> response = raw(method, "/api/tokens", header);
                assertThat(response.statusCode()).as(method + " with " + header).isEqualTo(401);
                assertThat(response.body()).as(header).contains("\"error\"");
            }
        }
        assertThat(raw("GET", "/api/tokens", null).statusCode()).as("no credentials at all").isEqualTo(401);
    }

    @Test
    void aBogusBearerHeaderDoesNotExcuseASessionFromCsrf() {
        ApiClient session = ApiClient.signIn(port, ownerName, ApiFixtures.OWN_PASSWORD);
        assertThat(session.get("/api/tokens").status()).as("the session itself works").isEqualTo(200);
        Map<String, Object> body = Map.of("name", "forged");

        ApiClient.Response forged = session.withAuthorization("Bearer x").post("/api/tokens", body);
        assertThat(forged.status()).as(forged.body()).isEqualTo(403);
        assertThat(session.post("/api/tokens", body).status()).as("nor does no header").isEqualTo(403);
        assertThat(owner.get("/api/tokens").json()).isEmpty();

        String token = createToken(owner, "real", null).get("token").asText();
        ApiClient.Response real = session.withAuthorization("Bearer " + token).post("/api/tokens", body);
        assertThat(real.status()).as("a valid token authenticates the request itself").isEqualTo(201);
    }

    @Test
    void namesAndLifetimesAreChecked() {
        assertThat(owner.post("/api/tokens", Map.of("name", " ")).json().get("error").asText()).startsWith("name:");
        assertThat(owner.post("/api/tokens", Map.of("name", "x".repeat(ApiTokens.MAX_NAME_LENGTH + 1))).status())
                .isEqualTo(400);
        ApiClient.Response tooLong = owner.post("/api/tokens", Map.of("name", "a", "expiresInDays", 366));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asText()).startsWith("expiresInDays:").contains("365");
        assertThat(owner.post("/api/tokens", Map.of("name", "a", "expiresInDays", 0)).status()).isEqualTo(400);
        assertThat(owner.get("/api/tokens").json()).isEmpty();
    }

    /** The answer showed nanoseconds the database does not keep (found by HostileInputPropertiesIT). */
    @Test
    void createdTokenListsExactlyAsAnswered() {
        JsonNode created = createToken(owner, "read back", 3);
        JsonNode listed = null;
        for (JsonNode token : owner.get("/api/tokens").json()) {
            if (token.get("id").asLong() == created.get("id").asLong()) {
                listed = token;
            }
        }
        assertThat(listed).isNotNull();
        assertThat(listed.get("expires")).isEqualTo(created.get("expires"));
    }
}
