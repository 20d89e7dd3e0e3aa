package app.kasus.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.Application;
import app.kasus.testsupport.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Stops and starts the real server on one H2 file database: what was coded is still there. */
class RestartPersistenceIT {

    @TempDir
    Path dataDir;

    @Test
    void annotationsAndCaseSurviveARestart() {
        long id;
        String quote;
        long caseId;
        try (ConfigurableApplicationContext first = start()) {
            ApiClient api = client(first);
            caseId = api.get("/api/cases").json().get(0).get("id").asLong();
            JsonNode passage = api.get("/api/cases/" + caseId + "/passages").json().get(3);
            quote = passage.get("text").asText().substring(0, 12);
            JsonNode created = api.post("/api/cases/" + caseId + "/annotations", Map.of(
                    "passageId", passage.get("id").asLong(), "start", 0, "end", 12, "code", "demand",
                    "actor", "US", "addressee", "DPRK", "stage", 1)).json();
            id = created.get("id").asLong();
        }
        try (ConfigurableApplicationContext second = start()) {
            ApiClient api = client(second);
            assertThat(api.get("/api/cases").json().size()).as("the demo case is not imported twice").isEqualTo(1);
            JsonNode again = api.get("/api/annotations/" + id).json();
            assertThat(again.get("quote").asText()).isEqualTo(quote);
            assertThat(again.get("code").asText()).isEqualTo("demand");
            assertThat(again.get("caseId").asLong()).isEqualTo(caseId);
        }
    }

    private ConfigurableApplicationContext start() {
        // Arguments, not default properties: those rank below application.properties, whose ./data would win and
        // put the test's coding into the developer's own database.
        return new SpringApplicationBuilder(Application.class)
                .profiles("demo")
                .run("--server.port=0", "--kasus.data-dir=" + dataDir, "--vaadin.launch-browser=false");
    }

    private static ApiClient client(ConfigurableApplicationContext context) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return ApiClient.as(port, "student1", "kasus-demo");
    }
}
