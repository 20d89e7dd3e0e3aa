package app.kasus.base;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.AppProcess;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.Browsers;
import app.kasus.testsupport.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two Kasus nodes, each its own JVM started with the postgres profile from the environment as a deployer would,
 * on one embedded PostgreSQL: what is saved through one shows live on the other, optimistic locking holds across
 * them, and a node that was down shows what was saved meanwhile. Only in the postgres failsafe execution.
 */
@Timeout(value = 8, unit = TimeUnit.MINUTES)
class TwoNodesPostgresIT {

    /** The promise: a change through one node is on the other's open page within two seconds. */
    private static final LocatorAssertions.HasCountOptions TWO_SECONDS = new LocatorAssertions.HasCountOptions().setTimeout(2_000);

    private static Map<String, Object> database;
    private static AppProcess nodeA;
    private static AppProcess nodeB;
    private static Playwright playwright;
    private static Browser browser;

    private final List<BrowserContext> contexts = new ArrayList<>();
    private ApiFixtures fixtures;
    private String coderName;
    private ApiClient coderOnA;
    private long caseId;
    private long passageId;

    @BeforeAll
    @Timeout(value = 8, unit = TimeUnit.MINUTES)
    static void startCluster() throws Exception {
        database = TestDatabase.freshPostgres();
        // One after the other: both would run the migrations at once (Flyway takes a lock, but twice the CPU).
        nodeA = node();
        nodeB = node();
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    private static AppProcess node() throws Exception {
        return AppProcess.start(Map.of(
                        "KASUS_DB_URL", (String) database.get("spring.datasource.url"),
                        "KASUS_DB_USER", (String) database.get("spring.datasource.username"),
                        "KASUS_DB_PASSWORD", (String) database.get("spring.datasource.password")),
                "--spring.profiles.active=postgres,demo", "--kasus.backup.dir=target/it-backups/two-nodes");
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (browser != null) {
            browser.close();
            playwright.close();
        }
        for (AppProcess node : new AppProcess[] {nodeA, nodeB}) {
            if (node != null) {
                node.close();
            }
        }
    }

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(nodeA.port(), ApiClient.as(nodeA.port(), "instructor", "kasus-demo"));
        coderName = ApiFixtures.unique("two-nodes");
        coderOnA = ApiClient.bearer(nodeA.port(), ApiFixtures.token(fixtures.passwordCoder(coderName, "student")));
        caseId = coderOnA.get("/api/cases").json().get(0).get("id").asLong();
        passageId = coderOnA.get("/api/cases/" + caseId + "/passages").json().get(0).get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        contexts.forEach(BrowserContext::close);
        fixtures.cleanUp();
    }

    @Test
    void anAnnotationSavedThroughOneNodeAppearsOnTheOtherWithinTwoSeconds() {
        Page instructorOnB = open(nodeB, "instructor", "kasus-demo", "user:" + coderName);
        assertThat(highlights(instructorOnB)).hasCount(0);

        long id = fixtures.annotate(coderOnA);
        assertThat(highlights(instructorOnB)).hasCount(1, TWO_SECONDS);

        ApiClient.Response deleted = coderOnA.delete("/api/annotations/" + id);
        assertThat(deleted.status()).isEqualTo(204);
        assertThat(highlights(instructorOnB)).hasCount(0, TWO_SECONDS);
    }

    @Test
    void whoReadsTheCaseOnOneNodeShowsOnTheOther() {
        Page instructorOnB = open(nodeB, "instructor", "kasus-demo", "mine");
        Page coderPageOnA = open(nodeA, coderName, ApiFixtures.OWN_PASSWORD, "mine");
        assertThat(instructorOnB.locator("#presence")).containsText("Test " + coderName);

        // Leaving ends the visit; an empty bar is hidden (its old text stays in it).
        coderPageOnA.navigate("about:blank");
        assertThat(instructorOnB.locator("#presence:visible:has-text('Test " + coderName + "')")).hasCount(0);
    }

    @Test
    void anAccountDisabledThroughOneNodeIsSignedOutOnTheOther() {
        Page coderOnB = open(nodeB, coderName, ApiFixtures.OWN_PASSWORD, "mine");

        ApiClient instructorOnA = ApiClient.as(nodeA.port(), "instructor", "kasus-demo");
        assertThat(instructorOnA.post("/api/users/" + coderName + "/disable").status()).isEqualTo(200);

        coderOnB.waitForURL(java.util.regex.Pattern.compile(".*/login\\?signed-out.*"),
                new Page.WaitForURLOptions().setTimeout(5_000));
    }

    @Test
    void ofConcurrentChangesThroughBothNodesOneWinsAndTheOtherIsRefused() throws Exception {
        long id = fixtures.annotate(coderOnA);
        ApiClient coderOnB = coderOnA.onPort(nodeB.port());
        JsonNode read = coderOnB.get("/api/annotations/" + id).json();
        CountDownLatch ready = new CountDownLatch(2);
        List<CompletableFuture<ApiClient.Response>> puts = new ArrayList<>();
        for (ApiClient client : List.of(coderOnA, coderOnB)) {
            Map<String, Object> change = change(read, client == coderOnA ? "through A" : "through B");
            puts.add(CompletableFuture.supplyAsync(() -> {
                ready.countDown();
                awaitQuietly(ready);
                return client.put("/api/annotations/" + id, change);
            }));
        }
        List<Integer> statuses = puts.stream().map(p -> p.orTimeout(60, TimeUnit.SECONDS).join().status()).sorted().toList();
        assertThat(statuses).containsExactly(200, 409);

        String note = coderOnA.get("/api/annotations/" + id).json().get("note").asText();
        assertThat(note).isIn("through A", "through B");
        assertThat(coderOnB.get("/api/annotations/" + id).json().get("note").asText()).isEqualTo(note);
    }

    @Test
    void liveUpdatesResumeAfterTheListeningConnectionIsLost() throws Exception {
        Page instructorOnB = open(nodeB, "instructor", "kasus-demo", "user:" + coderName);
        Set<Integer> before = listeners();
        assertThat(before).as("listening connections, one per node").hasSize(2);
        onDatabase(s -> s.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                + PostgresLiveEvents.APPLICATION_NAME + "' and datname = current_database()"));
        // Both nodes open a new listening connection, waiting a little after the loss.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            Set<Integer> now = listeners();
            return now.size() == 2 && now.stream().noneMatch(before::contains);
        });

        fixtures.annotate(coderOnA);
        assertThat(highlights(instructorOnB)).hasCount(1, TWO_SECONDS);
    }

    /** The backends of the nodes' listening connections that have run their LISTEN. */
    private static Set<Integer> listeners() throws Exception {
        return onDatabase(s -> {
            Set<Integer> pids = new HashSet<>();
            try (ResultSet r = s.executeQuery("select pid from pg_stat_activity where application_name = '"
                    + PostgresLiveEvents.APPLICATION_NAME + "' and datname = current_database()"
                    + " and (query ilike 'listen%' or query = 'select 1')")) {
                while (r.next()) {
                    pids.add(r.getInt(1));
                }
            }
            return pids;
        });
    }

    private interface Sql<T> {
        T run(Statement statement) throws Exception;
    }

    private static <T> T onDatabase(Sql<T> work) throws Exception {
        try (Connection c = DriverManager.getConnection((String) database.get("spring.datasource.url"),
                (String) database.get("spring.datasource.username"), (String) database.get("spring.datasource.password"));
             Statement statement = c.createStatement()) {
            return work.run(statement);
        }
    }

    @Test
    void aRestartedNodeShowsWhatWasSavedWhileItWasDown() throws Exception {
        nodeB.close();
        long whileDown = fixtures.annotate(coderOnA);
        nodeB = node();

        Page instructorOnB = open(nodeB, "instructor", "kasus-demo", "user:" + coderName);
        assertThat(highlights(instructorOnB)).hasCount(1);
        assertThat(coderOnA.onPort(nodeB.port()).get("/api/annotations/" + whileDown).status()).isEqualTo(200);

        // And it hears the others again.
        fixtures.annotate(coderOnA, caseId, passageId, 20, 25, "demand");
        assertThat(highlights(instructorOnB)).hasCount(2, TWO_SECONDS);
    }

    private Page open(AppProcess node, String username, String password, String show) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        contexts.add(context);
        Page page = context.newPage();
        BrowserSignIn.open(page, node.base(), username, password, "/cases/" + caseId + "?show=" + show);
        page.locator("kasus-passage").first().waitFor();
        return page;
    }

    private Locator highlights(Page page) {
        return page.locator("kasus-passage[data-passage-id='" + passageId + "'] .hl");
    }

    private Map<String, Object> change(JsonNode read, String note) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (String field : List.of("passageId", "start", "end", "code", "actor", "addressee", "stage")) {
            body.put(field, read.get(field));
        }
        body.put("note", note);
        body.put("version", read.get("version").asLong());
        return body;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
