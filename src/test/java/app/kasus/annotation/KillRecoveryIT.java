package app.kasus.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.Application;
import app.kasus.testsupport.ApiClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    @TempDir
    Path dataDir;

    private Process server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.destroyForcibly();
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
            server.destroyForcibly().waitFor();
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
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        // C1 only: the child starts in less time, and this test measures durability, not speed.
        server = new ProcessBuilder(java, "-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Application.class.getName(), "--spring.profiles.active=demo", "--server.port=0",
                "--kasus.data-dir=" + dataDir, "--vaadin.launch-browser=false",
                // Every write signs in with HTTP Basic; the cheapest BCrypt cost leaves the time to the writes.
                "--kasus.password.bcrypt-strength=4",
                // Logs when the runners (demo accounts, demo case) are done and requests are served: "Started" is too early.
                "--logging.level.org.springframework.boot.availability=DEBUG")
                .redirectErrorStream(true).start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        Process process = server;
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                Integer found = null;
                for (String line; (line = out.readLine()) != null; ) {
                    Matcher m = PORT.matcher(line);
                    if (m.find()) {
                        found = Integer.parseInt(m.group(1));
                    }
                    if (found != null && line.contains("ACCEPTING_TRAFFIC")) {
                        port.complete(found);
                    }
                }
                port.completeExceptionally(new IllegalStateException("server exited before it started"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        });
        reader.setDaemon(true);
        reader.start();
        return port.get(240, TimeUnit.SECONDS);
    }
}
