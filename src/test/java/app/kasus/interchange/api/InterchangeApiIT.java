package app.kasus.interchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.interchange.WebAnnotationMusts;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The export endpoints (CSV, JSON-LD) with the annotations API's scopes and access, and the JSON-LD import: a student,
 * a groupmate, a student of another group and a fresh importer are created for the test and removed afterwards with
 * everything they coded.
 */
@KasusIntegrationTest
class InterchangeApiIT {

    private static final String ADMIN = "it-admin-interchange";
    private static final String ADMIN_PASSWORD = "it-admin-password-interchange";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient student;
    private ApiClient groupmate;
    private ApiClient outsider;
    private ApiClient importer;
    private String studentName;
    private String outsiderName;
    private long caseId;
    private final List<JsonNode> passages = new ArrayList<>();
    /** Annotations to delete afterwards, with the client of their author. */
    private final Map<Long, ApiClient> created = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (interchange)", Role.ADMIN);
        ApiClient admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        studentName = ApiFixtures.unique("it-x-s1");
        String groupmateName = ApiFixtures.unique("it-x-s2");
        outsiderName = ApiFixtures.unique("it-x-s3");
        student = fixtures.coder(studentName, "student");
        groupmate = fixtures.coder(groupmateName, "student");
        outsider = fixtures.coder(outsiderName, "student");
        importer = fixtures.coder(ApiFixtures.unique("it-x-importer"), "student");
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("it-x-group"));
        assertThat(admin.put("/api/groups/" + group.get("id").asLong() + "/members?version="
                + group.get("version").asLong(), List.of(studentName, groupmateName)).status()).isEqualTo(200);
        caseId = student.get("/api/cases").json().get(0).get("id").asLong();
        for (JsonNode p : student.get("/api/cases/" + caseId + "/passages").json()) {
            String text = p.get("text").asText();
            if (text.strip().length() > 80 && !Character.isWhitespace(text.charAt(0))) {
                passages.add(p);
            }
        }
        assertThat(passages).hasSizeGreaterThan(2);
    }

    @AfterEach
    void tearDown() {
        created.forEach((id, author) ->
                assertThat(author.delete("/api/annotations/" + id).status()).as("annotation " + id).isIn(204, 404));
        created.clear();
        passages.clear();
        fixtures.cleanUp();
    }

    private long annotate(ApiClient coder, int passage, int start, int end, String code, String note, Long respondsTo) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passages.get(passage).get("id").asLong());
        body.put("start", start);
        body.put("end", end);
        body.put("code", code);
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 2);
        if ("signal".equals(code)) {
            body.put("valence", "positive");
            body.put("eventDate", "2019-02-27");
        }
        body.put("note", note);
        body.put("respondsTo", respondsTo);
        ApiClient.Response response = coder.post("/api/cases/" + caseId + "/annotations", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.put(id, coder);
        return id;
    }

    private String export(String format, String scope) {
        return "/api/cases/" + caseId + "/export?format=" + format + "&scope=" + scope;
    }

    private static List<CSVRecord> records(String body) throws Exception {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(body)).getRecords();
    }

    @Test
    void csvHoldsTheScopeOneRowPerAnnotation() throws Exception {
        long first = annotate(student, 0, 0, 10, "concession", "=cmd|' /C calc'!A0, \"quoted\"", null);
        annotate(student, 1, 2, 12, "signal", null, first);
        annotate(groupmate, 0, 5, 15, "demand", null, null);
        annotate(outsider, 0, 1, 9, "demand", null, null);

        ApiClient.Response mine = student.get(export("csv", "mine"), "text/csv");
        assertThat(mine.status()).as(mine.body()).isEqualTo(200);
        assertThat(mine.contentType()).startsWith("text/csv");
        assertThat(mine.body()).startsWith("case,passage_id,section,language,start,end,quote,code,actor,addressee,"
                + "stage,valence,event_date,note,responds_to,coder,groups,created,modified\r\n");
        List<CSVRecord> rows = records(mine.body());
        assertThat(rows).hasSize(2).allMatch(r -> r.get("coder").equals(studentName));
        CSVRecord concession = rows.stream().filter(r -> r.get("code").equals("concession")).findFirst().orElseThrow();
        assertThat(concession.get("note")).isEqualTo("'=cmd|' /C calc'!A0, \"quoted\"");
        assertThat(concession.get("quote")).isEqualTo(passages.get(0).get("text").asText().substring(0, 10));
        assertThat(concession.get("groups")).isNotEmpty();
        CSVRecord signal = rows.stream().filter(r -> r.get("code").equals("signal")).findFirst().orElseThrow();
        assertThat(signal.get("responds_to")).isEqualTo(String.valueOf(first));
        assertThat(signal.get("valence")).isEqualTo("positive");
        assertThat(signal.get("event_date")).isEqualTo("2019-02-27");
        assertThat(signal.get("created")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");

        // A student's "all" is their groups: the groupmate's row, never the other group's.
        List<CSVRecord> all = records(student.get(export("csv", "all"), "text/csv").body());
        assertThat(all).hasSize(3).noneMatch(r -> r.get("coder").equals(outsiderName));
    }

    @Test
    void theDownloadIsAnAttachmentNamedAfterCaseAndScope() {
        ApiClient.Response response = student.get(export("csv", "group"), "text/csv");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).hasLineCount(1);
        ApiClient.Response jsonLd = student.get(export("jsonld", "group"), "application/ld+json");
        assertThat(jsonLd.contentType()).startsWith("application/ld+json")
                .contains("profile=\"http://www.w3.org/ns/anno.jsonld\"");
        assertThat(jsonLd.json().get("type").asText()).isEqualTo("AnnotationCollection");
        assertThat(jsonLd.json().get("total").asInt()).isZero();
    }

    @Test
    void accessIsTheAnnotationsApis() {
        annotate(outsider, 0, 1, 9, "demand", null, null);
        assertThat(student.get(export("csv", "user:" + outsiderName), "text/csv").status()).isEqualTo(404);
        assertThat(student.get(export("jsonld", "user:" + outsiderName)).status()).isEqualTo(404);
        assertThat(student.get(export("csv", "gold"), "text/csv").status()).isEqualTo(403);
        ApiClient instructor = fixtures.coder(ApiFixtures.unique("it-x-teacher"), "instructor");
        ApiClient.Response everyone = instructor.get(export("csv", "all"), "text/csv");
        assertThat(everyone.status()).isEqualTo(200);
        assertThat(everyone.body()).contains(outsiderName);
        assertThat(instructor.get(export("jsonld", "gold")).status()).isEqualTo(200);
        assertThat(student.get(export("csv", "everyone"), "text/csv").status()).isEqualTo(400);
        assertThat(student.get("/api/cases/987654321/export?format=csv&scope=mine", "text/csv").status())
                .isEqualTo(404);
        assertThat(ApiClient.anonymous(port).get(export("csv", "mine"), "text/csv").status()).isEqualTo(401);
    }

    @Test
    void anUnknownFormatNamesTheFormats() {
        ApiClient.Response unknown = student.get("/api/cases/" + caseId + "/export?format=xlsx");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("error").asText()).contains("xlsx").contains("csv, jsonld, qdpx, qdc");
        ApiClient.Response missing = student.get("/api/cases/" + caseId + "/export");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).contains("csv, jsonld, qdpx, qdc");
    }

    @Test
    void everyExportedItemPassesTheW3cMusts() {
        long first = annotate(student, 0, 0, 10, "concession", "catatan", null);
        annotate(student, 1, 2, 12, "signal", null, first);
        JsonNode collection = student.get(export("jsonld", "mine")).json();
        JsonNode items = collection.get("first").get("items");
        assertThat(items).hasSize(2);
        assertThat(WebAnnotationMusts.collectionViolations(collection)).isEmpty();
        for (JsonNode item : items) {
            assertThat(WebAnnotationMusts.violations(item)).as(item.toPrettyString()).isEmpty();
            assertThat(item.get("id").asText()).startsWith("http://localhost:" + port + "/api/annotations/");
            String source = item.get("target").get("source").asText();
            ApiClient.Response passage = student.get(source.substring(("http://localhost:" + port).length()));
            assertThat(passage.status()).isEqualTo(200);
            assertThat(passage.json().get("text").asText())
                    .contains(item.get("target").get("selector").get(0).get("exact").asText());
        }
    }

    @Test
    void jsonLdRoundTripsOntoAnotherCoder() throws Exception {
        long first = annotate(student, 0, 0, 10, "concession", "catatan, \"kutipan\"", null);
        annotate(student, 1, 2, 12, "signal", null, first);
        annotate(student, 2, 4, 30, "demand", null, null);
        JsonNode exported = student.get(export("jsonld", "mine")).json();

        ApiClient.Response imported = importer.post("/api/cases/" + caseId + "/annotations/import",
                JSON.writeValueAsBytes(exported), "application/ld+json");
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(3);
        assertThat(imported.json().get("unmatched")).isEmpty();
        imported.json().get("ids").forEach(id -> created.put(id.asLong(), importer));

        JsonNode again = importer.get(export("jsonld", "mine")).json();
        assertThat(comparable(again)).isEqualTo(comparable(exported));

        // As if onto a copy of the case elsewhere: targets naming another case's passages are found by their
        // selectors over all of this case's passages.
        ApiClient copyImporter = fixtures.coder(ApiFixtures.unique("it-x-copy"), "student");
        String copied = JSON.writeValueAsString(exported).replace("/api/cases/" + caseId + "/passages/",
                "/api/cases/987654321/passages/");
        ApiClient.Response onCopy = copyImporter.post("/api/cases/" + caseId + "/annotations/import",
                copied.getBytes(StandardCharsets.UTF_8), "application/ld+json");
        assertThat(onCopy.status()).as(onCopy.body()).isEqualTo(201);
        onCopy.json().get("ids").forEach(id -> created.put(id.asLong(), copyImporter));
        assertThat(onCopy.json().get("unmatched")).isEmpty();
        assertThat(comparable(copyImporter.get(export("jsonld", "mine")).json())).isEqualTo(comparable(exported));
    }

    @Test
    void unmatchedItemsAreReportedAndTheRestStored() throws Exception {
        annotate(student, 0, 0, 10, "concession", null, null);
        annotate(student, 1, 2, 12, "demand", null, null);
        JsonNode items = student.get(export("jsonld", "mine")).json().get("first").get("items").deepCopy();
        ObjectNode lost = (ObjectNode) items.get(1);
        ObjectNode quote = (ObjectNode) lost.get("target").get("selector").get(0);
        quote.put("exact", "words that are in no passage of this case");
        ((ArrayNode) lost.get("target").get("selector")).remove(1);
        // Another tool's source URL: the quote is looked for over the whole case.
        ((ObjectNode) items.get(0).get("target")).put("source", "https://example.org/some/copy.html");

        ApiClient.Response response = importer.post("/api/cases/" + caseId + "/annotations/import",
                JSON.writeValueAsBytes(items), "application/json");
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        response.json().get("ids").forEach(id -> created.put(id.asLong(), importer));
        assertThat(response.json().get("imported").asInt()).isEqualTo(1);
        assertThat(response.json().get("unmatched")).hasSize(1);
        assertThat(response.json().get("unmatched").get(0).get("index").asInt()).isEqualTo(1);
        assertThat(response.json().get("unmatched").get(0).get("reason").asText()).contains("not found");
    }

    @Test
    void anInvalidItemStoresNothing() throws Exception {
        annotate(student, 0, 0, 10, "concession", null, null);
        annotate(student, 1, 2, 12, "demand", null, null);
        JsonNode items = student.get(export("jsonld", "mine")).json().get("first").get("items").deepCopy();
        ((ObjectNode) items.get(1).get("body").get(0)).put("value", "no-such-code");

        ApiClient.Response response = importer.post("/api/cases/" + caseId + "/annotations/import",
                JSON.writeValueAsBytes(items), "application/ld+json");
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("item 1").contains("code");
        assertThat(importer.get("/api/cases/" + caseId + "/annotations?scope=mine").json()).isEmpty();

        ApiClient.Response garbage = importer.post("/api/cases/" + caseId + "/annotations/import",
                "{\"type\": \"Nonsense\"}".getBytes(StandardCharsets.UTF_8), "application/ld+json");
        assertThat(garbage.status()).isEqualTo(400);
        ApiClient.Response plain = importer.post("/api/cases/" + caseId + "/annotations/import",
                "[]".getBytes(StandardCharsets.UTF_8), "text/plain");
        assertThat(plain.status()).isEqualTo(415);
        ApiClient.Response broken = importer.post("/api/cases/" + caseId + "/annotations/import",
                "[{\"type\": ".getBytes(StandardCharsets.UTF_8), "application/ld+json");
        assertThat(broken.status()).isEqualTo(400);
        assertThat(broken.json().get("error").asText()).startsWith("body: not valid JSON-LD");
        byte[] huge = (" ".repeat(11 * 1024 * 1024) + "[]").getBytes(StandardCharsets.UTF_8);
        ApiClient.Response tooLarge = importer.post("/api/cases/" + caseId + "/annotations/import", huge,
                "application/ld+json");
        assertThat(tooLarge.status()).isEqualTo(400);
        assertThat(tooLarge.json().get("error").asText()).contains("larger than 10 MB");
        assertThat(importer.post("/api/cases/987654321/annotations/import",
                JSON.writeValueAsBytes(items), "application/ld+json").status()).isEqualTo(404);
    }

    @Test
    void aFileUploadImportsToo() throws Exception {
        annotate(student, 0, 0, 10, "concession", null, null);
        byte[] file = JSON.writeValueAsBytes(student.get(export("jsonld", "mine")).json());
        String boundary = "kasus-boundary-42";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.jsonld\"\r\n"
                + "Content-Type: application/ld+json\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + file.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(file, 0, body, head.length, file.length);
        System.arraycopy(tail, 0, body, head.length + file.length, tail.length);
        ApiClient.Response response = importer.post("/api/cases/" + caseId + "/annotations/import", body,
                "multipart/form-data; boundary=" + boundary);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        response.json().get("ids").forEach(id -> created.put(id.asLong(), importer));
        assertThat(response.json().get("imported").asInt()).isEqualTo(1);

        byte[] noFile = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nx\r\n--"
                + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        ApiClient.Response missing = importer.post("/api/cases/" + caseId + "/annotations/import", noFile,
                "multipart/form-data; boundary=" + boundary);
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("error").asText()).startsWith("file: required");
    }

    /**
     * The collection without what differs between coders and copies: ids, times, creator, the scope-bearing
     * collection id; a link is kept as the position of the item it points to.
     */
    private static JsonNode comparable(JsonNode collection) {
        ArrayNode items = (ArrayNode) collection.get("first").get("items").deepCopy();
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            position.put(items.get(i).get("id").asText(), i);
        }
        for (JsonNode item : items) {
            ObjectNode o = (ObjectNode) item;
            o.remove(List.of("id", "created", "modified", "creator"));
            for (JsonNode body : o.get("body")) {
                if (body.has("source")) {
                    ((ObjectNode) body).put("source", "item " + position.get(body.get("source").asText()));
                }
            }
        }
        return items;
    }
}
