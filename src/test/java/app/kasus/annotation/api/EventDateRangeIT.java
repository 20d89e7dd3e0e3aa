package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Event dates the database cannot keep as given (calendar switch, year 0, far past or future) are refused. */
@KasusIntegrationTest
class EventDateRangeIT {

    @LocalServerPort
    int port;

    private long caseId;

    @BeforeEach
    void setUp() {
        caseId = ApiClient.as(port, "student1", "kasus-demo").get("/api/cases").json().get(0).get("id").asLong();
    }

    private Map<String, Object> datedConcession(String eventDate) {
        JsonNode passage = ApiClient.as(port, "student1", "kasus-demo").get("/api/cases/" + caseId + "/passages").json().get(0);
        Map<String, Object> body = new HashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", 0);
        body.put("end", 5);
        body.put("code", "concession");
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        body.put("eventDate", eventDate);
        return body;
    }

    @ParameterizedTest
    @ValueSource(strings = {"1582-10-10", "0000-01-01", "-5000-01-01", "+999999999-12-31", "1899-12-31", "2101-01-01"})
    void eventDateOutsideTheSaneRangeIsRefused(String eventDate) {
        ApiClient student = ApiClient.as(port, "student1", "kasus-demo");
        int before = student.get("/api/cases/" + caseId + "/annotations").json().size();
        ApiClient.Response refused = student.post("/api/cases/" + caseId + "/annotations", datedConcession(eventDate));
        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat(refused.json().get("error").asText()).startsWith("eventDate");
        assertThat(student.get("/api/cases/" + caseId + "/annotations").json().size()).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1900-01-01", "2100-12-31"})
    void eventDateAtTheBoundsReadsBackExactly(String eventDate) {
        ApiClient student = ApiClient.as(port, "student1", "kasus-demo");
        ApiClient.Response created = student.post("/api/cases/" + caseId + "/annotations", datedConcession(eventDate));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        try {
            assertThat(student.get("/api/annotations/" + id).json().get("eventDate").asText()).isEqualTo(eventDate);
        } finally {
            assertThat(student.delete("/api/annotations/" + id).status()).isEqualTo(204);
        }
    }

}
