package app.kasus.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.AppProcess;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server as its own process on an H2 file database, written to by several clients and killed with SIGKILL
 * mid-write, several times: after each restart every annotation it answered 201 for is there, whole.
 */
class KillRecoveryIT {

    private static final int CLIENTS = 4;
    private static final int KILLS = 2;
    /** Acknowledged creations per life before the kill; the clients keep writing while it lands. */
    private static final int WRITES_BEFORE_KILL = 60;

    @TempDir
    Path dataDir;

    private AppProcess server;

    @AfterEach
    void stopServer() throws InterruptedException {
        if (server != null) {
            server.kill();
        }
    }

    @Test
    void everyAcknowledgedAnnotationSurvivesKillNine() throws Exception {
        Map<Long, String> acknowledged = new ConcurrentHashMap<>();
        for (int life = 0; life < KILLS; life++) {
            int port = start();
            ApiClient api = ApiClient.as(port, "student1", "kasus-demo");
            assertAllPresent(api, acknowledged);
            ApiClient.Response cases = api.get("/api/cases");
            assertThat(cases.status()).as(cases.body()).isEqualTo(200);
            long caseId = cases.json().get(0).get("id").asLong();
            JsonNode passage = api.get("/api/cases/" + caseId + "/passages").json().get(2);
            AtomicInteger written = new AtomicInteger();
            CountDownLatch enough = new CountDownLatch(1);
            List<CompletableFuture<Void>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                String note = "life " + life + " client " + c;
                clients.add(CompletableFuture.runAsync(() -> write(api, caseId, passage, note, acknowledged,
                        written, enough)));
            }
            assertThat(enough.await(180, TimeUnit.SECONDS)).as("clients wrote " + written.get()).isTrue();
            server.kill();
            CompletableFuture.allOf(clients.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
        }
        int port = start();
        assertAllPresent(ApiClient.as(port, "student1", "kasus-demo"), acknowledged);
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(KILLS * WRITES_BEFORE_KILL);
    }

    /** Creates annotations until the server dies; records what it acknowledged (id and note). */
    private static void write(ApiClient api, long caseId, JsonNode passage, String note, Map<Long, String> acknowledged,
                              AtomicInteger written, CountDownLatch enough) {
        for (int i = 0; ; i++) {
            ApiClient.Response created;
            try {
                created = api.post("/api/cases/" + caseId + "/annotations", Map.of(
                        "passageId", passage.get("id").asLong(), "start", 0, "end", 6, "code", "demand",
                        "actor", "US", "addressee", "DPRK", "stage", 1, "note", note + " #" + i));
            } catch (IllegalStateException e) {
                return;
            }
            if (created.status() != 201) {
                return;
            }
            acknowledged.put(created.json().get("id").asLong(), note + " #" + i);
            if (written.incrementAndGet() >= WRITES_BEFORE_KILL) {
                enough.countDown();
            }
        }
    }

    private static void assertAllPresent(ApiClient api, Map<Long, String> acknowledged) {
        acknowledged.forEach((id, note) -> {
            ApiClient.Response read = api.get("/api/annotations/" + id);
            assertThat(read.status()).as("acknowledged annotation %d", id).isEqualTo(200);
            assertThat(read.json().get("note").asText()).isEqualTo(note);
            assertThat(read.json().get("code").asText()).isEqualTo("demand");
        });
    }

    /** Starts the application as a child JVM on this test's classpath and data directory; returns its port. */
    private int start() throws Exception {
        server = AppProcess.start(Map.of(), "--spring.profiles.active=demo", "--kasus.data-dir=" + dataDir);
        return server.port();
    }
}
