package app.kasus.review.api;

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

/**
 * Disagreements between two students of a group and accepting their agreed spans into gold, as every role. The
 * students, their coding and the gold spans are made for the test and removed afterwards.
 */
@KasusIntegrationTest
class DisagreementsApiIT {

    private static final String ADMIN = "it-admin-disagree";
    private static final String ADMIN_PASSWORD = "it-admin-password-disagree";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient admin;
    private ApiClient instructor;
    private ApiClient researcher;
    private ApiClient student;
    private ApiClient groupmate;
    private String studentName;
    private String groupmateName;
    private long caseId;
    private JsonNode passage;
    private final Map<Long, ApiClient> created = new LinkedHashMap<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (disagreements)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        studentName = ApiFixtures.unique("it-dis-s1");
        groupmateName = ApiFixtures.unique("it-dis-s2");
        instructor = fixtures.coder(ApiFixtures.unique("it-dis-teacher"), "instructor");
        researcher = fixtures.coder(ApiFixtures.unique("it-dis-researcher"), "researcher");
        student = fixtures.coder(studentName, "student");
        groupmate = fixtures.coder(groupmateName, "student");
        JsonNode group = fixtures.createGroup(ApiFixtures.unique("it-dis-group"));
        assertThat(admin.put("/api/groups/" + group.get("id").asLong() + "/members?version="
                + group.get("version").asLong(), List.of(studentName, groupmateName)).status()).isEqualTo(200);
        caseId = student.get("/api/cases").json().get(0).get("id").asLong();
        for (JsonNode p : student.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().strip().length() > 60) {
                passage = p;
                break;
            }
        }
        assertThat(passage).isNotNull();
    }

    @AfterEach
    void tearDown() {
        List<Long> ids = new ArrayList<>(created.keySet());
        for (int i = ids.size() - 1; i >= 0; i--) {
            int status = created.get(ids.get(i)).delete("/api/annotations/" + ids.get(i)).status();
            assertThat(status).as("deleting annotation " + ids.get(i)).isIn(204, 404);
        }
        created.clear();
        fixtures.cleanUp();
    }

    private long code(ApiClient coder, int start, int end, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", end);
        body.put("code", code);
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        if ("signal".equals(code)) {
            body.put("valence", "positive");
        }
        ApiClient.Response response = coder.post("/api/cases/" + caseId + "/annotations", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        long id = response.json().get("id").asLong();
        created.put(id, coder);
        return id;
    }

    private String disagreements(String query) {
        return "/api/cases/" + caseId + "/disagreements" + query;
    }

    private String coders() {
        return "?coders=" + studentName + "," + groupmateName;
    }

    @Test
    void staffSeeWhereTheStudentsDifferAndInstructorsAcceptWhatTheyAgreeOn() {
        long agreedByStudent = code(student, 0, 10, "concession");
        code(groupmate, 0, 10, "concession");
        code(student, 20, 30, "demand");
        code(groupmate, 20, 30, "signal");

        for (ApiClient staff : List.of(instructor, researcher, admin)) {
            ApiClient.Response read = staff.get(disagreements(coders()));
            assertThat(read.status()).as(read.body()).isEqualTo(200);
            JsonNode listed = read.json().get("passages");
            assertThat(listed).hasSize(1);
            assertThat(listed.get(0).get("passageId").asLong()).isEqualTo(passage.get("id").asLong());
            JsonNode units = listed.get(0).get("units");
            assertThat(units).hasSize(3);
            assertThat(units.get(0).get("agreed").asBoolean()).isTrue();
            assertThat(units.get(1).get("agreed").asBoolean()).isFalse();
            assertThat(read.json().get("agreedNotInGold").asInt()).isEqualTo(1);
        }

        assertThat(student.get(disagreements(coders())).status()).isEqualTo(403);
        assertThat(student.post(disagreements("/accept-agreed" + coders())).status()).isEqualTo(403);
        assertThat(researcher.post(disagreements("/accept-agreed" + coders())).status()).isEqualTo(403);
        assertThat(instructor.get("/api/cases/" + caseId + "/annotations?scope=gold").json())
                .noneMatch(g -> created.containsKey(g.get("acceptedFrom").asLong()));

        ApiClient.Response accepted = instructor.post(disagreements("/accept-agreed" + coders()));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        assertThat(accepted.json()).hasSize(1);
        JsonNode gold = accepted.json().get(0);
        created.put(gold.get("id").asLong(), admin);
        assertThat(gold.get("acceptedFrom").asLong()).isEqualTo(agreedByStudent);
        assertThat(gold.get("layer").asText()).isEqualTo("gold");

        JsonNode after = instructor.get(disagreements(coders())).json();
        assertThat(after.get("agreedNotInGold").asInt()).isZero();
        assertThat(after.get("passages").get(0).get("units").get(0).get("gold").get("id").asLong())
                .isEqualTo(gold.get("id").asLong());
        ApiClient.Response again = instructor.post(disagreements("/accept-agreed" + coders()));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json()).isEmpty();
    }

    @Test
    void aPassageWhereAllAgreeIsListedOnlyWhenPendingAgreementIsAskedFor() {
        code(student, 0, 10, "concession");
        code(groupmate, 0, 10, "concession");

        assertThat(instructor.get(disagreements(coders())).json().get("passages")).isEmpty();
        JsonNode pending = instructor.get(disagreements(coders() + "&pending=true")).json().get("passages");
        assertThat(pending).hasSize(1);
        assertThat(instructor.get(disagreements(coders() + "&code=demand&pending=true")).json().get("passages"))
                .isEmpty();
    }

    @Test
    void unknownCodersAndCodesAreNamed() {
        code(student, 0, 10, "concession");

        ApiClient.Response none = instructor.get(disagreements(""));
        assertThat(none.status()).isEqualTo(400);
        assertThat(none.body()).contains("coders");
        ApiClient.Response stranger = instructor.get(disagreements("?coders=" + studentName + ",nobody-here"));
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("nobody-here");
        ApiClient.Response badCode = instructor.get(disagreements(coders().replace("," + groupmateName, "")
                + "&code=no-such-code"));
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.body()).contains("no-such-code");
        assertThat(instructor.get("/api/cases/999999/disagreements" + coders()).status()).isEqualTo(404);
    }
}
