package app.kasus.cases.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@KasusIntegrationTest
class CaseApiIT {

    @LocalServerPort
    int port;

    private ApiClient student() {
        return ApiClient.as(port, "student1", "kasus-demo");
    }

    private long demoCaseId() {
        return student().get("/api/cases").json().get(0).get("id").asLong();
    }

    @Test
    void listsTheBundledCaseWithItsPassageCount() {
        ApiClient.Response response = student().get("/api/cases");
        assertThat(response.status()).isEqualTo(200);
        JsonNode first = response.json().get(0);
        assertThat(first.get("title").asText()).contains("Hanoi");
        assertThat(first.get("passageCount").asInt()).isGreaterThan(30);
    }

    @Test
    void passagesComeInReadingOrderWithSectionLanguageAndNotes() {
        JsonNode passages = student().get("/api/cases/" + demoCaseId() + "/passages").json();
        assertThat(passages.get(0).get("language").asText()).isEqualTo("en");
        assertThat(passages.get(0).get("section").asText()).isEqualTo("Abstract");
        int previous = -1;
        boolean cites = false;
        for (JsonNode p : passages) {
            assertThat(p.get("ordinal").asInt()).isGreaterThan(previous);
            previous = p.get("ordinal").asInt();
            assertThat(p.get("text").asText()).doesNotContain("http");
            cites |= p.get("notes").size() > 0;
        }
        assertThat(cites).isTrue();
        assertThat(passages.findValuesAsText("language")).contains("id");
    }

    @Test
    void notesAreTheNumberedFootnotes() {
        JsonNode notes = student().get("/api/cases/" + demoCaseId() + "/notes").json();
        assertThat(notes.size()).isEqualTo(53);
        assertThat(notes.get(0).get("number").asInt()).isEqualTo(1);
        assertThat(notes.get(0).get("text").asText()).contains("Huang");
    }

    @Test
    void unknownCaseIs404AsJson() {
        ApiClient.Response response = student().get("/api/cases/999999/passages");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().get("error").asText()).contains("999999");
    }

    @Test
    void withoutOrWithWrongCredentialsTheApiAnswers401AsJson() {
        ApiClient.Response anonymous = ApiClient.anonymous(port).get("/api/cases");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.json().get("error").asText()).isNotBlank();
        assertThat(ApiClient.as(port, "student1", "wrong").get("/api/cases").status()).isEqualTo(401);
    }
}
