package app.kasus.base.api.docs;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The API's OpenAPI description, read as a signed-in script reads it: valid, complete (every handler the application
 * maps is in it, so a controller added without documentation fails here), and documenting the statuses and the error
 * shape of every operation. Anonymous callers get nothing but 401 or the sign-in page.
 */
@KasusIntegrationTest
class OpenApiDocumentIT {

    private static final String ERROR_REF = "#/components/schemas/Error";
    /** Handlers that are no API of their own: the 404/405 fallback for unknown paths and the redirect to Swagger UI. */
    private static final Set<String> NOT_DOCUMENTED = Set.of("app.kasus.base.api.UnknownApiPaths",
            ApiDocs.class.getName());
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private ApiFixtures fixtures;
    private String username;
    private ApiClient student;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(port, ApiClient.as(port, "instructor", "kasus-demo"));
        username = ApiFixtures.unique("it-docs");
        student = ApiClient.bearer(port, ApiFixtures.token(fixtures.passwordCoder(username, "student")));
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    private JsonNode document() {
        ApiClient.Response answer = student.get(ApiDocs.DOCUMENT);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.contentType()).startsWith("application/json");
        return answer.json();
    }

    @Test
    void documentIsValidOpenApi3() {
        String text = student.get(ApiDocs.DOCUMENT).body();
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(text, null, options);

        assertThat(parsed.getMessages()).as("the parser's complaints").isEmpty();
        assertThat(parsed.getOpenAPI()).isNotNull();
        assertThat(parsed.getOpenAPI().getOpenapi()).startsWith("3.");
        assertThat(parsed.getOpenAPI().getPaths()).isNotEmpty();
        JsonNode schemes = document().path("components").path("securitySchemes");
        assertThat(schemes.path("bearerToken").path("scheme").asText()).isEqualTo("bearer");
        assertThat(schemes.path("basic").path("scheme").asText()).isEqualTo("basic");
        assertThat(schemes.path("session").path("in").asText()).isEqualTo("cookie");
        assertThat(schemes.path("csrfToken").path("in").asText()).isEqualTo("header");
    }

    @Test
    void everyHandlerOfTheApplicationIsDocumented() {
        JsonNode paths = document().path("paths");
        List<String> missing = new ArrayList<>();
        int handlers = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            HandlerMethod handler = entry.getValue();
            String controller = handler.getBeanType().getName();
            if (!controller.startsWith("app.kasus.") || NOT_DOCUMENTED.contains(controller)) {
                continue;
            }
            handlers++;
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                JsonNode item = paths.path(pattern);
                if (methods.isEmpty() && (item.isMissingNode() || item.isEmpty())) {
                    missing.add("any " + pattern + " (" + handler + ")");
                }
                for (RequestMethod method : methods) {
                    if (item.path(method.name().toLowerCase(Locale.ROOT)).isMissingNode()) {
                        missing.add(method + " " + pattern + " (" + handler + ")");
                    }
                }
            }
        }
        assertThat(handlers).as("handlers of the application found").isGreaterThan(40);
        assertThat(missing).as("handlers missing from the document").isEmpty();
    }

    @Test
    void everyOperationDocumentsItsStatusesAndTheErrorShape() {
        JsonNode doc = document();
        JsonNode error = doc.path("components").path("schemas").path("Error");
        assertThat(error.path("required").toString()).contains("\"error\"");
        assertThat(error.path("properties").path("error").path("type").asText()).isEqualTo("string");
        Set<String> definedTags = new TreeSet<>();
        doc.path("tags").forEach(tag -> {
            assertThat(tag.path("description").asText()).as("description of tag " + tag.path("name")).isNotBlank();
            definedTags.add(tag.path("name").asText());
        });

        List<String> problems = new ArrayList<>();
        Set<String> operationIds = new TreeSet<>();
        doc.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            String name = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
            JsonNode operation = op.getValue();
            JsonNode responses = operation.path("responses");
            boolean write = !op.getKey().equals("get");
            boolean body = operation.has("requestBody");
            if (operation.path("summary").asText().isBlank()) {
                problems.add(name + ": no summary");
            }
            if (!operation.path("tags").isArray() || operation.path("tags").isEmpty()
                    || !definedTags.contains(operation.path("tags").get(0).asText())) {
                problems.add(name + ": no described tag");
            }
            if (!operationIds.add(operation.path("operationId").asText())) {
                problems.add(name + ": operation id used twice");
            }
            List<String> expected = new ArrayList<>(List.of("401", "403", "406"));
            if (path.getKey().contains("{")) {
                expected.add("404");
            }
            if (body) {
                expected.addAll(List.of("400", "415"));
            }
            if (write) {
                expected.add("409");
            }
            for (String status : expected) {
                if (!responses.has(status)) {
                    problems.add(name + ": no " + status);
                }
            }
            List<String> successes = new ArrayList<>();
            responses.fieldNames().forEachRemaining(status -> {
                if (status.startsWith("2")) {
                    successes.add(status);
                }
            });
            if (successes.isEmpty()) {
                problems.add(name + ": no success status");
            }
            if (!responses.path("401").path("headers").has("WWW-Authenticate")) {
                problems.add(name + ": 401 without WWW-Authenticate");
            }
            responses.fields().forEachRemaining(response -> {
                if (response.getKey().startsWith("4") && !errorShaped(doc, response.getValue())) {
                    problems.add(name + ": " + response.getKey() + " is not {\"error\": …} JSON");
                }
            });
            if (write && !operation.path("security").toString().contains("csrfToken")) {
                problems.add(name + ": a session's write without the CSRF token");
            }
        }));
        assertThat(operationIds).hasSizeGreaterThan(40);
        assertThat(problems).isEmpty();
    }

    /** JSON whose schema is the error shape, or a richer body that still carries the error field. */
    private static boolean errorShaped(JsonNode doc, JsonNode response) {
        JsonNode schema = response.path("content").path("application/json").path("schema");
        String ref = schema.path("$ref").asText();
        if (ref.equals(ERROR_REF)) {
            return true;
        }
        JsonNode resolved = doc.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
        return !ref.isEmpty() && resolved.path("properties").path("error").path("type").asText().equals("string");
    }

    @Test
    void documentedStatusesAreTheOnesAnswered() {
        // Spot checks that the description follows the real behaviour rather than a guess.
        JsonNode paths = document().path("paths");
        assertThat(paths.path("/api/groups").path("post").path("responses").has("201")).isTrue();
        assertThat(paths.path("/api/tokens/{id}").path("delete").path("responses").has("204")).isTrue();
        assertThat(paths.path("/api/annotations/{id}").path("put").path("responses").path("409").path("description")
                .asText()).contains("locked").contains("Stale version");
        assertThat(paths.path("/api/cases/{caseId}/annotations:batch").path("post").path("responses").path("400")
                .path("content").path("application/json").path("schema").path("$ref").asText()).endsWith("/RejectedBatch");

        ApiClient.Response missing = student.get("/api/annotations/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("error").isTextual()).isTrue();
        ApiClient.Response badId = student.get("/api/annotations/0x10");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(paths.path("/api/annotations/{id}").path("get").path("responses").has("400")).isTrue();
    }

    @Test
    void anonymousCallersAreRefused() {
        for (String path : List.of(ApiDocs.DOCUMENT, ApiDocs.PATH, ApiDocs.UI, ApiDocs.DOCUMENT + "/swagger-config")) {
            HttpResponse<String> script = send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json"));
            assertThat(script.statusCode()).as(path).isEqualTo(401);
            assertThat(script.headers().firstValue("WWW-Authenticate")).as(path).isPresent();
            assertThat(script.body()).as(path).contains("\"error\"");
        }
        for (String path : List.of(ApiDocs.PATH, ApiDocs.UI)) {
            HttpResponse<String> browser = send(HttpRequest.newBuilder(uri(path))
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
            assertThat(browser.statusCode()).as(path).isEqualTo(302);
            assertThat(browser.headers().firstValue("Location").orElse("")).as(path).endsWith("/login");
        }
        HttpResponse<String> wrongToken = send(HttpRequest.newBuilder(uri(ApiDocs.DOCUMENT))
                .header("Authorization", "Bearer kasus_not-a-token"));
        assertThat(wrongToken.statusCode()).isEqualTo(401);
    }

    @Test
    void swaggerUiLoadsForASignedInSession() {
        ApiClient session = ApiClient.signIn(port, username, ApiFixtures.OWN_PASSWORD);

        ApiClient.Response entry = session.get(ApiDocs.PATH, "text/html");
        assertThat(entry.status()).isEqualTo(302);
        ApiClient.Response page = session.get(ApiDocs.UI, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<div id=\"swagger-ui\">").contains("swagger-ui-bundle.js");

        ApiClient.Response initializer = session.get(ApiDocs.UI_FILES + "swagger-initializer.js", "*/*");
        assertThat(initializer.status()).isEqualTo(200);
        assertThat(initializer.body()).contains(ApiDocs.DOCUMENT + "/swagger-config");
        ApiClient.Response config = session.get(ApiDocs.DOCUMENT + "/swagger-config");
        assertThat(config.status()).isEqualTo(200);
        assertThat(config.json().path("url").asText()).isEqualTo(ApiDocs.DOCUMENT);
        assertThat(session.get(ApiDocs.UI_FILES + "swagger-ui-bundle.js", "*/*").status()).isEqualTo(200);
        assertThat(session.get(ApiDocs.DOCUMENT).json().path("paths").has("/api/cases")).isTrue();

        ApiClient.Response noSuchFile = session.get(ApiDocs.UI_FILES + "no-such-file.js", "*/*");
        assertThat(noSuchFile.status()).isEqualTo(404);
        assertThat(noSuchFile.contentType()).startsWith("application/json");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
