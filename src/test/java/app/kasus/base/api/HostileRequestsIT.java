package app.kasus.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a careless or hostile client may send: never a 500, never the app's HTML page, always {"error": …}. */
@KasusIntegrationTest
class HostileRequestsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STUDENT = "Basic "
            + Base64.getEncoder().encodeToString("student1:kasus-demo".getBytes(StandardCharsets.UTF_8));

    @LocalServerPort
    int port;

    private long caseId;

    @BeforeEach
    void setUp() {
        caseId = ApiClient.as(port, "student1", "kasus-demo").get("/api/cases").json().get(0).get("id").asLong();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", STUDENT);
    }

    private HttpRequest.Builder anonymous(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static void assertError(HttpResponse<String> response, int... statuses) {
        assertThat(response.statusCode()).as(response.uri() + " → " + response.body()).isIn(statuses(statuses));
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        JsonNode json;
        try {
            json = JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
        assertThat(json.path("error").isTextual()).as(response.body()).isTrue();
    }

    private static List<Integer> statuses(int... values) {
        return Arrays.stream(values).boxed().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/csv", "application/xml", "image/png", "text/html"})
    void unknownAnnotationIsNotFoundWhateverIsAccepted(String accept) {
        assertError(send(request("/api/annotations/99999999").header("Accept", accept).GET()), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"garbage", "*/*;q=abc", "text/", ";;;"})
    void malformedAcceptIsRefusedNotAnError(String accept) {
        for (String path : new String[] {"/api/cases", "/api/cases/" + caseId + "/passages",
                "/api/cases/" + caseId + "/assessment"}) {
            assertError(send(request(path).header("Accept", accept).GET()), 400, 406);
        }
    }

    @Test
    void unacceptableTypeIs406InJson() {
        assertError(send(request("/api/cases").header("Accept", "image/png").GET()), 406);
    }

    @Test
    void csvOfUnknownCaseIsNotFound() {
        assertError(send(request("/api/cases/99999999/assessment.csv").header("Accept", "text/csv").GET()), 404);
    }

    @Test
    void wildcardContentTypeIsUnsupported() {
        String body = "{\"passageId\":1,\"start\":0,\"end\":1,\"code\":\"concession\"}";
        assertError(send(request("/api/cases/" + caseId + "/annotations").header("Content-Type", "application/*")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))), 415);
    }

    @Test
    void emptyContentTypeIsUnsupported() {
        // Found by HostileInputPropertiesIT: an empty header reached the import's media-type parsing as a 500.
        String body = "{\"items\":[]}";
        assertError(send(request("/api/cases/" + caseId + "/annotations/import").header("Content-Type", "")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))), 415);
    }

    @Test
    void wrongMethodIs405InJson() {
        assertError(send(request("/api/cases").header("Accept", "application/json").DELETE()), 405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/nonexistent", "/api/CASES", "/api/cases/1/assessment.json", "/api/"})
    void unknownApiPathIsNotFound(String path) {
        assertError(send(request(path).header("Accept", "text/html,application/json").GET()), 404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0x10", "+1", "%EF%BC%91", "1e2", "-0", "%201"})
    void idsAreDecimalDigitsOnly(String id) {
        assertError(send(request("/api/annotations/" + id).header("Accept", "application/json").GET()), 400);
    }

    @Test
    void anonymousWritesAreUnauthorizedWithChallenge() {
        String json = "{}";
        for (HttpRequest.Builder write : new HttpRequest.Builder[] {
                anonymous("/api/cases/" + caseId + "/annotations").header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json)),
                anonymous("/api/annotations/1").header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json)),
                anonymous("/api/annotations/1").DELETE(),
                anonymous("/api/cases").GET()}) {
            HttpResponse<String> response = send(write);
            assertError(response, 401);
            assertThat(response.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Basic realm=");
        }
    }

    @Test
    void wrongPasswordIsUnauthorizedWithChallenge() {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("student1:nope".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(anonymous("/api/cases").header("Authorization", wrong).GET());
        assertError(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    /** Tomcat refused these with its own HTML page before the application saw them (found by HostileInputPropertiesIT). */
    @ParameterizedTest
    @ValueSource(strings = {"/api/admin/backups/a%2Fb", "/api/annotations/1%2F2", "/api/users/x%2f..%2fadmin",
            "/api/annotations/%25", "/api/cases/1;x=1/passages", "/api/annotations/%00",
            "/api/annotations/1%00"})
    void refusedPathsAreJson400(String path) {
        assertError(send(request(path).header("Accept", "text/html,application/json").GET()), 400);
    }

    /** A form post without its required field was a 500 (found by HostileInputPropertiesIT). */
    @Test
    void missingRequiredParameterIs400NamingIt() {
        HttpResponse<String> response = send(request("/api/presence/leave")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertError(response, 400);
        assertThat(response.body()).contains("view");
    }

    /** Over Tomcat's request-line limit: its HTML page named its version and showed a stack trace. */
    @Test
    void overlongRequestLineIsJson400WithoutServerDetails() {
        HttpResponse<String> response = send(request("/api/cases/" + "x".repeat(9000)).header("Accept", "application/json").GET());
        assertError(response, 400);
        assertThat(response.body()).doesNotContain("Tomcat", "at org.");
    }

    /** Such a write was stored and then answered 406, so the caller thought it refused (found by HostileInputPropertiesIT). */
    @ParameterizedTest
    @ValueSource(strings = {"*/json", "image/png", "application/json;q=0", "garbage"})
    void writeWithUnanswerableAcceptIsRefusedAndStoresNothing(String accept) {
        ApiClient instructor = ApiClient.as(port, "instructor", "kasus-demo");
        String name = ApiFixtures.unique("accept-" + accept.length());
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/groups"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "instructor:kasus-demo".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json").header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name + "\"}")));
        List<JsonNode> stored = new ArrayList<>();
        instructor.get("/api/groups").json().forEach(group -> {
            if (group.get("name").asText().equals(name)) {
                stored.add(group);
                instructor.delete("/api/groups/" + group.get("id").asText());
            }
        });
        assertError(response, 406);
        assertThat(stored).isEmpty();
    }

    /** Half a surrogate pair was stored and read back as "?" (found by HostileInputPropertiesIT). */
    @Test
    void textThatIsNotUnicodeIsRefusedNamingTheField() {
        HttpResponse<String> response = send(request("/api/tokens").header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"a\\ud800b\"}")));
        assertError(response, 400);
        assertThat(response.body()).contains("name: not valid Unicode");
    }

    /** {"text": true} was stored as the text "true" and answered 201 (found by HostileInputPropertiesIT). */
    @Test
    void aValueOfAnotherKindThanItsFieldIsRefusedNamingTheFieldAndNothingIsStored() {
        for (String value : List.of("true", "false", "42", "1.5")) {
            String name = "token-" + value;
            HttpResponse<String> response = send(request("/api/tokens").header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":" + value + "}")));
            assertError(response, 400);
            assertThat(response.body()).contains("name: text expected, not a number or true/false");
        }
        // The other way round: text or a fraction where a whole number belongs was converted (stored "30" as 30, 1.5 as 1).
        for (String value : List.of("\"30\"", "1.5", "true")) {
            HttpResponse<String> response = send(request("/api/tokens").header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"token-days\",\"expiresInDays\":" + value + "}")));
            assertError(response, 400);
            assertThat(response.body()).contains("expiresInDays: a whole number expected");
        }
        HttpResponse<String> tokens = send(request("/api/tokens").header("Accept", "application/json").GET());
        assertThat(tokens.body()).doesNotContain("\"name\":\"true\"").doesNotContain("\"name\":\"42\"")
                .doesNotContain("token-days");
    }
}
