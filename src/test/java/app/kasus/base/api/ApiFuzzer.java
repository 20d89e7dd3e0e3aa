package app.kasus.base.api;

import app.kasus.base.api.ApiOperations.Op;
import app.kasus.base.api.ApiOperations.Param;
import app.kasus.base.api.FuzzRequest.Caller;
import app.kasus.base.api.docs.ApiDocs;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Turns the API's OpenAPI document into generated requests, each a mix of valid parts (ids and names of data this
 * fuzzer created, values the codebook takes) and hostile ones ({@link HostileValues}), sends them and reads back
 * what an accepted write stored. Acts as a student and an instructor of its own; everything it creates it removes.
 */
final class ApiFuzzer {

    /** Stands for "the version the resource has right now", looked up just before the request is sent. */
    static final String CURRENT_VERSION = "\u2063current-version\u2063";
    /**
     * Writes whose success cannot be undone and would change what other tests in this JVM see: publishing makes the
     * draft case permanent and listed first, deleting it ends the fuzzing of case calls. They get hostile ids only.
     */
    private static final Set<String> IRREVERSIBLE = Set.of("POST /api/cases/{caseId}/publish", "DELETE /api/cases/{caseId}");
    /**
     * A hostile id in a write must not happen to name a stored row: jqwik's numbers favour small ones, and an
     * instructor's {@code POST /api/cases/1/gold/release} once released the shared demo case's gold to every student
     * of the later test classes in the JVM (CI, 2026-11-27). Plain numbers from 1 to this bound stay in the valid pool.
     */
    private static final BigInteger ABOVE_STORED_IDS = BigInteger.valueOf(1_000_000_000L);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    record Sent(FuzzRequest request, JsonNode body, int status, String contentType, String responseBody,
                Optional<String> location) {
    }

    private final int port;
    private final ApiFixtures fixtures;
    private final ApiOperations operations;
    private final Map<Caller, String> authorization = new EnumMap<>(Caller.class);
    private final Map<Caller, ApiClient> clients = new EnumMap<>(Caller.class);
    private final ApiClient instructor;
    /** The demo instructor's token this fuzzer acts with; revoked at the end (the student's goes with the student). */
    private final String instructorTokenId;
    private final long publishedCase;
    private final long draftCase;
    private final Map<String, List<String>> valid = new LinkedHashMap<>();
    /** Written to by jqwik's shrinking thread too, which may outlive the property when it times out. */
    private final List<Sent> created = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** Resources without a GET of their own (comments, feedback) and the list they are read from. */
    private final Map<String, String> listedAt = new java.util.concurrent.ConcurrentHashMap<>();

    ApiFuzzer(int port) {
        this.port = port;
        ApiClient demoInstructor = ApiClient.as(port, "instructor", "kasus-demo");
        fixtures = new ApiFixtures(port, demoInstructor);
        String instructorToken = ApiFixtures.token(demoInstructor);
        instructor = ApiClient.bearer(port, instructorToken);
        instructorTokenId = instructor.get("/api/tokens").json().findValuesAsText("id").stream()
                .max(java.util.Comparator.comparingLong(Long::parseLong)).orElseThrow();
        String studentToken = ApiFixtures.token(fixtures.passwordCoder(ApiFixtures.unique("fuzz-student"), "student"));
        ApiClient student = ApiClient.bearer(port, studentToken);
        String target = ApiFixtures.unique("fuzz-target");
        fixtures.createAccount(target, "student");
        clients.put(Caller.STUDENT, student);
        clients.put(Caller.INSTRUCTOR, instructor);
        authorization.put(Caller.INSTRUCTOR, "Bearer " + instructorToken);
        authorization.put(Caller.STUDENT, "Bearer " + studentToken);

        operations = ApiOperations.parse(student.get(ApiDocs.DOCUMENT).body());
        publishedCase = student.get("/api/cases").json().get(0).get("id").asLong();
        draftCase = importDraft();
        JsonNode groupJson = fixtures.createGroup(ApiFixtures.unique("fuzz-group"));
        long group = groupJson.get("id").asLong();

        long studentAnnotation = fixtures.annotate(student);
        long comment = ApiFixtures.created(student, "/api/annotations/" + studentAnnotation + "/comments",
                ApiFixtures.threadText("a comment to fuzz")).get("id").asLong();
        long feedback = ApiFixtures.created(instructor, "/api/annotations/" + studentAnnotation + "/feedback",
                ApiFixtures.threadText("feedback to fuzz")).get("id").asLong();
        listedAt.put("/api/comments/" + comment, "/api/annotations/" + studentAnnotation + "/comments");
        listedAt.put("/api/feedback/" + feedback, "/api/annotations/" + studentAnnotation + "/feedback");
        List<String> passages = new ArrayList<>();
        for (long caseId : new long[] {publishedCase, draftCase}) {
            JsonNode list = instructor.get("/api/cases/" + caseId + "/passages").json();
            for (int i = 0; i < Math.min(3, list.size()); i++) {
                passages.add(list.get(i).get("id").asText());
            }
        }
        valid.put("passages", passages);
        valid.put("annotations", List.of(Long.toString(studentAnnotation)));
        valid.put("comments", List.of(Long.toString(comment)));
        valid.put("feedback", List.of(Long.toString(feedback)));
        valid.put("groups", List.of(Long.toString(group)));
        valid.put("tokens", List.of(sacrificialToken(student), sacrificialToken(instructor)));
        valid.put("users", List.of(target));
        valid.put("groupNames", List.of(groupJson.get("name").asText()));
        valid.put("submissions", List.of(target));
        valid.put("backups", List.of("kasus-backup.zip"));
    }

    private static String sacrificialToken(ApiClient owner) {
        return owner.post("/api/tokens", Map.of("name", "fuzz target")).json().get("id").asText();
    }

    private long importDraft() {
        ApiClient.Response imported = instructor.postFile("/api/cases/import", "fuzz.txt",
                ("Pendahuluan\n\nKalimat pertama dari teks percobaan ini cukup panjang untuk dikodekan.\n\n"
                        + "Kalimat kedua juga cukup panjang untuk dikodekan dengan tenang.\n").getBytes(StandardCharsets.UTF_8),
                Map.of("language", "id", "title", ApiFixtures.unique("fuzz-draft")));
        if (imported.status() != 201) {
            throw new IllegalStateException("draft case not imported: " + imported.body());
        }
        return imported.json().get("id").asLong();
    }

    List<Op> operations() {
        return operations.all();
    }

    // ---- generation ----

    Arbitrary<FuzzRequest> requests() {
        return Arbitraries.of(operations.all()).flatMap(op -> Arbitraries.of(Caller.values()).flatMap(c -> request(op, c)));
    }

    private Arbitrary<FuzzRequest> request(Op op, Caller caller) {
        List<Arbitrary<String>> pathValues = new ArrayList<>();
        List<Param> pathParams = op.parameters().stream().filter(p -> p.in().equals("path")).toList();
        Arbitrary<String> hostileIds = op.write() ? HostileValues.ids().filter(ApiFuzzer::namesNoStoredRow)
                : HostileValues.ids();
        for (Param p : pathParams) {
            pathValues.add(IRREVERSIBLE.contains(op.toString()) ? hostileIds
                    : Arbitraries.frequencyOf(Tuple.of(4, validPath(op, p, caller)), Tuple.of(1, hostileIds)));
        }
        List<Param> queryParams = op.parameters().stream().filter(p -> p.in().equals("query")).toList();
        List<Arbitrary<String>> queryValues = new ArrayList<>();
        for (Param p : queryParams) {
            queryValues.add(Arbitraries.frequencyOf(Tuple.of(3, validQuery(p)), Tuple.of(2, HostileValues.ids()),
                    Tuple.of(2, Arbitraries.just(null))));
        }
        Arbitrary<String> path = Combinators.combine(pathValues.isEmpty() ? List.of(Arbitraries.just("")) : pathValues)
                .as(values -> fill(op.path(), pathParams, values));
        Arbitrary<String> query = Combinators.combine(queryValues.isEmpty() ? List.of(Arbitraries.just(null)) : queryValues)
                .as(values -> query(queryParams, values));
        Arbitrary<Map<String, String>> headers = headers(op, caller);
        Arbitrary<JsonNode> body = op.body() == null || !op.bodyType().contains("json") ? Arbitraries.just(null)
                : Arbitraries.frequencyOf(Tuple.of(3, validJson(op.body(), "")), Tuple.of(4, mutated(op.body())));
        Arbitrary<String> raw = op.body() == null ? Arbitraries.just(null)
                : Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(null)), Tuple.of(1, HostileValues.malformedBodies()));
        return Combinators.combine(path, query, headers, body, raw)
                .as((p, q, h, b, r) -> new FuzzRequest(op, caller, p, q, h, r == null ? b : null, r));
    }

    /** False for a plain decimal number that could be a stored row's id; the server refuses any other spelling. */
    static boolean namesNoStoredRow(String value) {
        if (!value.matches("[0-9]{1,19}")) {
            return true;
        }
        BigInteger id = new BigInteger(value);
        return id.signum() == 0 || id.compareTo(ABOVE_STORED_IDS) > 0;
    }

    private Arbitrary<Map<String, String>> headers(Op op, Caller caller) {
        Arbitrary<String> accept = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just("application/json")),
                Tuple.of(1, Arbitraries.just(null)), Tuple.of(2, HostileValues.accepts()));
        Arbitrary<String> contentType = op.bodyType() == null
                ? Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.just(null)), Tuple.of(1, HostileValues.contentTypes()))
                : Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.just(op.bodyType())), Tuple.of(1, Arbitraries.just(null)),
                        Tuple.of(2, HostileValues.contentTypes()));
        Arbitrary<String> auth = Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.just(authorization.get(caller))),
                Tuple.of(1, HostileValues.authorizations()));
        return Combinators.combine(accept, contentType, auth).as((a, c, z) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            putIfPresent(headers, "Accept", a);
            putIfPresent(headers, "Content-Type", c);
            putIfPresent(headers, "Authorization", z);
            return headers;
        });
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private Arbitrary<String> validPath(Op op, Param p, Caller caller) {
        if (p.name().equals("caseId")) {
            // Staff writes stay on the fuzzer's own draft: the shared demo case is what other tests read.
            return caller == Caller.INSTRUCTOR && op.write() ? Arbitraries.just(Long.toString(draftCase))
                    : Arbitraries.of(Long.toString(publishedCase), Long.toString(draftCase));
        }
        if (p.name().equals("annotationId")) {
            return Arbitraries.of(valid.get("annotations"));
        }
        List<String> pool = valid.get(op.segmentBefore(p.name()));
        return pool == null ? byType(p.name(), p.schema()).map(JsonNode::asText) : Arbitraries.of(pool);
    }

    private Arbitrary<String> validQuery(Param p) {
        String target = valid.get("users").get(0);
        return switch (p.name()) {
            case "scope" -> Arbitraries.of("mine", "group", "all", "gold", "user:" + target);
            case "source" -> Arbitraries.of("me", "all", "majority", "gold", "user:" + target);
            case "match" -> Arbitraries.of("overlap", "exact");
            case "layer" -> Arbitraries.of("coder", "gold");
            case "format" -> Arbitraries.of("csv", "jsonld", "qdpx", "qdc");
            case "coders" -> Arbitraries.of(target, target + ",instructor");
            case "version" -> Arbitraries.just(CURRENT_VERSION);
            default -> byType(p.name(), p.schema()).map(JsonNode::asText);
        };
    }

    private static String fill(String template, List<Param> params, List<String> values) {
        String path = template;
        for (int i = 0; i < params.size(); i++) {
            path = path.replace("{" + params.get(i).name() + "}", encode(values.get(i)));
        }
        return path;
    }

    private static String query(List<Param> params, List<String> values) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < params.size(); i++) {
            if (values.get(i) != null) {
                parts.add(encode(params.get(i).name()) + "=" + encode(values.get(i)));
            }
        }
        return String.join("&", parts);
    }

    private static String encode(String value) {
        return value.equals(CURRENT_VERSION) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A body of the schema's shape whose every value is one the application should take. */
    private Arbitrary<JsonNode> validJson(Schema<?> schema, String name) {
        if (schema == null) {
            return Arbitraries.just(NODES.nullNode());
        }
        if ("array".equals(schema.getType()) || schema.getItems() != null) {
            return validJson(schema.getItems(), name).list().ofMaxSize(3).map(items -> {
                ArrayNode array = NODES.arrayNode();
                items.forEach(array::add);
                return array;
            });
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            List<String> names = new ArrayList<>(schema.getProperties().keySet());
            List<Arbitrary<JsonNode>> values = new ArrayList<>();
            for (String property : names) {
                values.add(validJson(schema.getProperties().get(property), property));
            }
            return Combinators.combine(values).as(list -> {
                ObjectNode object = NODES.objectNode();
                for (int i = 0; i < names.size(); i++) {
                    object.set(names.get(i), list.get(i));
                }
                return object;
            });
        }
        return byName(name).orElseGet(() -> byType(name, schema));
    }

    /** A valid body with some of its fields replaced by hostile values or left out. */
    private Arbitrary<JsonNode> mutated(Schema<?> schema) {
        if (schema.getProperties() == null || schema.getProperties().isEmpty()) {
            return Arbitraries.oneOf(HostileValues.json(), validJson(schema, ""));
        }
        List<String> names = new ArrayList<>(schema.getProperties().keySet());
        List<Arbitrary<Optional<JsonNode>>> values = new ArrayList<>();
        for (String property : names) {
            Arbitrary<JsonNode> good = validJson(schema.getProperties().get(property), property);
            values.add(Arbitraries.frequencyOf(Tuple.of(5, good.map(Optional::of)),
                    Tuple.of(3, HostileValues.json().map(Optional::of)), Tuple.of(1, Arbitraries.just(Optional.empty()))));
        }
        return Combinators.combine(values).as(list -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                String property = names.get(i);
                list.get(i).ifPresent(value -> object.set(property, value));
            }
            return object;
        });
    }

    /** Values the application takes for fields it names the same way everywhere. */
    private Optional<Arbitrary<JsonNode>> byName(String name) {
        String target = valid.get("users").get(0);
        Arbitrary<String> safeText = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20),
                HostileValues.texts().filter(t -> !t.isBlank() && t.length() <= 200));
        Arbitrary<? extends Object> value = switch (name) {
            case "passageId" -> Arbitraries.of(valid.get("passages")).map(Long::valueOf);
            case "start" -> Arbitraries.integers().between(0, 8);
            case "end" -> Arbitraries.integers().between(9, 30);
            case "code" -> Arbitraries.of("concession", "demand", "signal");
            case "actor" -> Arbitraries.of("DPRK", "US");
            case "addressee" -> Arbitraries.of("US", "DPRK");
            case "stage" -> Arbitraries.integers().between(1, 4);
            case "valence" -> Arbitraries.of("positive", "negative");
            case "eventDate" -> Arbitraries.integers().between(0, 73_000)
                    .map(d -> LocalDate.of(1900, 1, 1).plusDays(d).toString());
            case "respondsTo" -> Arbitraries.of(valid.get("annotations")).map(Long::valueOf);
            case "version" -> Arbitraries.just(CURRENT_VERSION);
            case "username" -> Arbitraries.strings().withCharRange('a', 'z').ofMinLength(6).ofMaxLength(12)
                    .map(s -> "fuzz-" + s);
            case "role" -> Arbitraries.just("student");
            case "members" -> Arbitraries.just(target);
            case "groups" -> Arbitraries.of(valid.get("groupNames"));
            case "expiresInDays" -> Arbitraries.integers().between(1, 365);
            case "note", "text", "name", "displayName", "title" -> safeText;
            default -> null;
        };
        return Optional.ofNullable(value).map(v -> v.map(ApiFuzzer::node));
    }

    private static Arbitrary<JsonNode> byType(String name, Schema<?> schema) {
        if (schema != null && schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return Arbitraries.of(schema.getEnum()).map(ApiFuzzer::node);
        }
        String type = schema == null || schema.getType() == null ? "string" : schema.getType();
        return switch (type) {
            case "integer", "number" -> Arbitraries.integers().between(0, 50).map(ApiFuzzer::node);
            case "boolean" -> Arbitraries.of(true, false).map(ApiFuzzer::node);
            default -> Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12).map(ApiFuzzer::node);
        };
    }

    private static JsonNode node(Object value) {
        return JSON.valueToTree(value);
    }

    // ---- sending ----

    Sent send(FuzzRequest request) {
        String target = request.target();
        JsonNode body = request.body() == null ? null : withCurrentVersion(request.body(), request);
        if (target.contains(CURRENT_VERSION)) {
            target = target.replace(CURRENT_VERSION, currentVersion(request).map(JsonNode::asText).orElse("0"));
        }
        String text = request.rawBody() != null ? request.rawBody() : body == null ? null : json(body);
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + target));
        request.headers().forEach(builder::header);
        HttpRequest.BodyPublisher publisher = text == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
        builder.method(request.op().method(), publisher);
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            Sent sent = new Sent(request, body, response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    response.headers().firstValue("Location"));
            if (response.statusCode() == 201) {
                created.add(sent);
                sent.location().ifPresent(location -> listedAt.put(URI.create(location).getPath(), request.path()));
            }
            return sent;
        } catch (IOException e) {
            throw new IllegalStateException(request + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The body as JSON text. Half a surrogate pair cannot be encoded as UTF-8 (the client would send "?"), so such a
     * body goes out with non-ASCII characters escaped, as a hostile client would write it.
     */
    private static String json(JsonNode body) {
        String text = body.toString();
        if (StrictJson.valid(text)) {
            return text;
        }
        try {
            return JSON.writer().with(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII)
                    .writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode withCurrentVersion(JsonNode body, FuzzRequest request) {
        if (body instanceof ObjectNode object && CURRENT_VERSION.equals(object.path("version").asText(null))) {
            ObjectNode copy = object.deepCopy();
            copy.set("version", currentVersion(request).orElse(NODES.numberNode(0)));
            return copy;
        }
        return body;
    }

    /** The version of the resource the path names, read by its GET, or from the list its collection answers. */
    private Optional<JsonNode> currentVersion(FuzzRequest request) {
        return stored(request.caller(), request.path()).map(json -> json.get("version"));
    }

    /** What the resource at the path holds now: its own GET, else its entry in the list of its collection. */
    Optional<JsonNode> stored(Caller caller, String path) {
        ApiClient client = clients.get(caller);
        ApiClient.Response item = client.get(path);
        if (item.status() == 200 && item.json() != null && item.json().isObject()) {
            return Optional.of(item.json());
        }
        int slash = path.lastIndexOf('/');
        return listed(caller, listedAt.getOrDefault(path, path.substring(0, slash)), path.substring(slash + 1));
    }

    private Optional<JsonNode> listed(Caller caller, String collection, String id) {
        ApiClient.Response list = clients.get(caller).get(collection);
        if (list.status() == 200 && list.json() != null && list.json().isArray()) {
            for (JsonNode entry : list.json()) {
                if (entry.path("id").asText().equals(id)) {
                    return Optional.of(entry);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Where an accepted write's result can be read again: its Location, or its own path for a change. A change of a
     * part that answers with its owner (a group's members answer with the group) is read back at the owner's path.
     */
    static Optional<String> readBackPath(Sent sent, JsonNode acknowledged) {
        if (sent.location().isPresent()) {
            String location = URI.create(sent.location().get()).getPath();
            return Optional.of(location);
        }
        if (sent.request().op().method().equals("PUT")) {
            String path = sent.request().path();
            String owner = "/" + acknowledged.path("id").asText();
            int at = acknowledged.path("id").isIntegralNumber() ? path.indexOf(owner + "/") : -1;
            return Optional.of(at < 0 ? path : path.substring(0, at + owner.length()));
        }
        return Optional.empty();
    }

    // ---- cleaning up ----

    void cleanUp() {
        ApiClient student = clients.get(Caller.STUDENT);
        for (long caseId : new long[] {publishedCase, draftCase}) {
            instructor.post("/api/cases/" + caseId + "/submissions/" + valid.get("users").get(0) + "/unlock");
        }
        student.delete("/api/cases/" + publishedCase + "/submission");
        for (Sent sent : created) {
            sent.location().ifPresent(location -> {
                String path = URI.create(location).getPath();
                if (clients.get(sent.request().caller()).delete(path).status() != 204) {
                    instructor.delete(path);
                }
            });
        }
        for (JsonNode annotation : student.get("/api/cases/" + publishedCase + "/annotations?scope=mine").json()) {
            student.delete("/api/annotations/" + annotation.get("id").asText());
        }
        for (JsonNode gold : instructor.get("/api/cases/" + draftCase + "/annotations?scope=gold").json()) {
            instructor.delete("/api/annotations/" + gold.get("id").asText());
        }
        instructor.delete("/api/cases/" + draftCase);
        fixtures.cleanUp();
        instructor.delete("/api/tokens/" + valid.get("tokens").get(1));
        instructor.delete("/api/tokens/" + instructorTokenId);
    }
}
