package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.CodingLayer;
import app.kasus.testsupport.SignedIn;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * {@code POST /api/cases/{caseId}/annotations:batch}: all items stored in order, or none with every bad item named
 * by index and field; the size limit; a locked coding; a student's batch lands in their own coding only. A student,
 * a groupmate and an instructor are created for the test and removed afterwards with everything they coded.
 */
@KasusIntegrationTest
class AnnotationBatchIT {

    private static final String ADMIN = "it-admin-batch";
    private static final String ADMIN_PASSWORD = "it-admin-password-batch";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AnnotationService annotationService;

    @Autowired
    UserDetailsService users;

    private ApiFixtures fixtures;
    private ApiClient student;
    private ApiClient groupmate;
    private ApiClient instructor;
    private String studentName;
    private String groupmateName;
    private long caseId;
    private List<JsonNode> passages;
    private final List<Long> created = new ArrayList<>();
    private final List<Long> createdByGroupmate = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (batch)", Role.ADMIN);
        ApiClient admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        studentName = ApiFixtures.unique("it-batch-s1");
        groupmateName = ApiFixtures.unique("it-batch-s2");
        student = fixtures.coder(studentName, "student");
        groupmate = fixtures.coder(groupmateName, "student");
        instructor = fixtures.coder(ApiFixtures.unique("it-batch-teacher"), "instructor");
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("it-batch-group"));
        assertThat(admin.put("/api/groups/" + group.get("id").asLong() + "/members?version="
                + group.get("version").asLong(), List.of(studentName, groupmateName)).status()).isEqualTo(200);
        caseId = student.get("/api/cases").json().get(0).get("id").asLong();
        passages = new ArrayList<>();
        for (JsonNode p : student.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().strip().length() > 60 && !Character.isWhitespace(p.get("text").asText().charAt(0))) {
                passages.add(p);
            }
        }
        assertThat(passages).hasSizeGreaterThan(2);
    }

    @AfterEach
    void tearDown() {
        instructor.post("/api/cases/" + caseId + "/submissions/" + studentName + "/unlock");
        for (long id : created) {
            assertThat(student.delete("/api/annotations/" + id).status()).as("annotation " + id).isIn(204, 404);
        }
        created.clear();
        for (long id : createdByGroupmate) {
            assertThat(groupmate.delete("/api/annotations/" + id).status()).as("annotation " + id).isIn(204, 404);
        }
        createdByGroupmate.clear();
        fixtures.cleanUp();
    }

    private String batch() {
        return "/api/cases/" + caseId + "/annotations:batch";
    }

    private Map<String, Object> item(int passage, int start, int end, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passages.get(passage).get("id").asLong());
        body.put("start", start);
        body.put("end", end);
        body.put("code", code);
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 2);
        if ("signal".equals(code)) {
            body.put("valence", "negative");
        }
        return body;
    }

    private int mine(ApiClient coder) {
        return coder.get("/api/cases/" + caseId + "/annotations?scope=mine").json().size();
    }

    @Test
    void aLiveRefreshOfSomePassagesReadsWhatTheWholeLayerHasThere() {
        student.post(batch(), List.of(item(0, 0, 5, "concession"), item(1, 2, 9, "signal"), item(2, 0, 4, "demand")))
                .json().forEach(a -> created.add(a.get("id").asLong()));
        groupmate.post(batch(), List.of(item(0, 6, 11, "demand"), item(2, 5, 9, "concession")))
                .json().forEach(a -> createdByGroupmate.add(a.get("id").asLong()));
        java.util.Set<Long> some = java.util.Set.of(passages.get(0).get("id").asLong(), passages.get(2).get("id").asLong());
        CodingLayer group = CodingLayer.parse("show", "group");

        List<AnnotationData> whole = SignedIn.as(users, studentName, () -> annotationService.visible(caseId, group));
        List<AnnotationData> part = SignedIn.as(users, studentName, () -> annotationService.visibleIn(caseId, group, some));
        assertThat(part).hasSize(4).containsExactlyElementsOf(
                whole.stream().filter(a -> some.contains(a.passageId())).toList());
        assertThat(SignedIn.as(users, studentName, () -> annotationService.mineIn(caseId, some)))
                .extracting(AnnotationData::author).containsOnly(studentName).hasSize(2);
        // The same rules as the whole layer: someone outside the group sees none of it.
        assertThat(SignedIn.as(users, studentName, () -> annotationService.visibleIn(caseId, group, java.util.Set.of())))
                .isEmpty();
        String outsider = ApiFixtures.unique("it-batch-outsider");
        fixtures.coder(outsider, "student");
        assertThat(SignedIn.as(users, outsider, () -> annotationService.visibleIn(caseId, group, some))).isEmpty();
    }

    @Test
    void aValidBatchIsStoredInOrder() {
        List<Map<String, Object>> items = List.of(item(0, 0, 5, "concession"), item(1, 2, 9, "signal"),
                item(0, 3, 12, "demand"), item(2, 0, 4, "concession"));
        ApiClient.Response response = student.post(batch(), items);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode stored = response.json();
        assertThat(stored).hasSize(4);
        long previous = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode a = stored.get(i);
            created.add(a.get("id").asLong());
            assertThat(a.get("id").asLong()).as("ids in the batch's order").isGreaterThan(previous);
            previous = a.get("id").asLong();
            assertThat(a.get("passageId").asLong()).isEqualTo(items.get(i).get("passageId"));
            assertThat(a.get("start").asInt()).isEqualTo(items.get(i).get("start"));
            assertThat(a.get("code").asText()).isEqualTo(items.get(i).get("code"));
            assertThat(a.get("author").asText()).isEqualTo(studentName);
            String text = passages.get(i == 1 ? 1 : i == 3 ? 2 : 0).get("text").asText();
            assertThat(a.get("quote").asText()).isEqualTo(text.substring(a.get("start").asInt(), a.get("end").asInt()));
        }
        assertThat(mine(student)).isEqualTo(4);
        assertThat(student.post(batch(), List.of()).status()).as("an empty batch stores nothing").isEqualTo(201);
    }

    @Test
    void oneBadItemStoresNothingAndEveryBadItemIsNamed() {
        int length = passages.get(0).get("text").asText().length();
        Map<String, Object> badCode = item(0, 0, 5, "concession");
        badCode.put("code", "bribe");
        Map<String, Object> noValence = item(1, 0, 5, "signal");
        noValence.remove("valence");
        Map<String, Object> tooLong = item(0, 0, length + 10, "demand");
        Map<String, Object> unknownPassage = item(0, 0, 5, "demand");
        unknownPassage.put("passageId", Long.MAX_VALUE);
        List<Map<String, Object>> items = List.of(item(0, 0, 5, "concession"), badCode, item(1, 0, 5, "demand"),
                noValence, tooLong, unknownPassage, item(2, 0, 4, "concession"));

        ApiClient.Response response = student.post(batch(), items);
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains("4 items").contains("nothing was stored");
        List<String> named = new ArrayList<>();
        for (JsonNode error : response.json().get("errors")) {
            named.add(error.get("index").asInt() + ":" + error.get("field").asText());
            assertThat(error.get("message").asText()).isNotBlank();
        }
        assertThat(named).containsExactly("1:code", "3:valence", "4:end", "5:passageId");
        assertThat(mine(student)).as("nothing stored, not even the good items").isZero();
    }

    @Test
    void moreThanTheLimitIsRefusedNamingIt() {
        List<Map<String, Object>> items = Collections.nCopies(AnnotationService.MAX_BATCH + 1, item(0, 0, 5, "demand"));
        ApiClient.Response response = student.post(batch(), items);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).contains(String.valueOf(AnnotationService.MAX_BATCH));
        assertThat(mine(student)).isZero();
        assertThat(student.post(batch(), Map.of("passageId", 1)).status()).as("an object, not an array").isEqualTo(400);
    }

    @Test
    void aLockedCodingRefusesTheBatch() {
        assertThat(instructor.post("/api/cases/" + caseId + "/submissions/" + studentName + "/lock").status())
                .isEqualTo(200);
        ApiClient.Response response = student.post(batch(), List.of(item(0, 0, 5, "demand")));
        assertThat(response.status()).as(response.body()).isEqualTo(409);
        assertThat(response.json().get("error").asText()).isEqualTo("coding is locked");
        assertThat(mine(student)).isZero();
    }

    @Test
    void aStudentsBatchLandsInTheirOwnCodingOnly() {
        Map<String, Object> claimed = item(0, 0, 5, "demand");
        claimed.put("author", groupmateName);
        ApiClient.Response response = student.post(batch() + "?layer=gold", List.of(claimed));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        JsonNode stored = response.json().get(0);
        created.add(stored.get("id").asLong());
        assertThat(stored.get("author").asText()).isEqualTo(studentName);
        assertThat(stored.get("gold").asBoolean()).isFalse();
        assertThat(mine(student)).isEqualTo(1);
        assertThat(mine(groupmate)).isZero();
        assertThat(instructor.get("/api/cases/" + caseId + "/annotations?scope=gold").body())
                .doesNotContain("\"id\":" + stored.get("id").asLong() + ",");

        Map<String, Object> answering = item(1, 0, 5, "concession");
        answering.put("respondsTo", stored.get("id").asLong());
        ApiClient.Response foreign = groupmate.post(batch(), List.of(answering));
        assertThat(foreign.status()).as("respondsTo must be the coder's own").isEqualTo(400);
        assertThat(foreign.json().get("errors").get(0).get("field").asText()).isEqualTo("respondsTo");
    }
}
