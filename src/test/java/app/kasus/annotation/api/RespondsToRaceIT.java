package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A response created while its target is deleted either fails (the target is gone) or keeps no dangling link: the
 * deletion's {@code set null} reaches it, so the response reads back consistent and saves back unchanged.
 */
@KasusIntegrationTest
class RespondsToRaceIT {

    private static final int ROUNDS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String ADMIN = "it-race-admin";
    private static final String ADMIN_PASSWORD = "race-admin-password-1";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private ApiClient coder;
    /** Responses this test created; deleted before the fixtures remove their author. */
    private final List<Long> responses = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (race)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        coder = fixtures.coder(ApiFixtures.unique("race"), "student");
    }

    @AfterEach
    void tearDown() {
        responses.forEach(id -> coder.delete("/api/annotations/" + id));
        fixtures.cleanUp();
    }

    @Test
    void deletingTheTargetWhileARespondingAnnotationIsCreatedLeavesNoDanglingLink() throws Exception {
        long caseId = coder.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode passage = coder.get("/api/cases/" + caseId + "/passages").json().get(0);
        for (int round = 0; round < ROUNDS; round++) {
            long target = fixtures.annotate(coder, caseId, passage.get("id").asLong(), 0, 4, "concession");
            Map<String, Object> response = Map.of("passageId", passage.get("id").asLong(), "start", 5, "end", 9,
                    "code", "concession", "actor", "US", "addressee", "DPRK", "stage", 1, "respondsTo", target);
            CountDownLatch go = new CountDownLatch(1);
            CompletableFuture<ApiClient.Response> create = CompletableFuture.supplyAsync(() -> {
                await(go);
                return coder.post("/api/cases/" + caseId + "/annotations", response);
            });
            CompletableFuture<ApiClient.Response> delete = CompletableFuture.supplyAsync(() -> {
                await(go);
                return coder.delete("/api/annotations/" + target);
            });
            go.countDown();
            ApiClient.Response created = create.get();
            assertThat(delete.get().status()).as(delete.get().body()).isIn(204, 409);
            boolean targetGone = coder.get("/api/annotations/" + target).status() == 404;
            assertThat(created.status()).as(created.body()).isIn(201, 400, 409);
            if (created.status() != 201) {
                continue;
            }
            long id = created.json().get("id").asLong();
            responses.add(id);
            JsonNode stored = coder.get("/api/annotations/" + id).json();
            if (targetGone) {
                assertThat(stored.get("respondsTo").isNull()).as("round %d: %s", round, stored).isTrue();
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> unchanged = JSON.convertValue(stored, Map.class);
            ApiClient.Response saved = coder.put("/api/annotations/" + id, unchanged);
            assertThat(saved.status()).as("round %d: %s", round, saved.body()).isEqualTo(200);
            assertThat(coder.delete("/api/annotations/" + id).status()).isEqualTo(204);
            responses.remove(id);
            if (!targetGone) {
                assertThat(coder.delete("/api/annotations/" + target).status()).isEqualTo(204);
            }
        }
    }

    private static void await(CountDownLatch go) {
        try {
            go.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
