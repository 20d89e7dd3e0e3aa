package app.kasus.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.Browsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.WaitForSelectorState;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server as users meet it: the packaged jar started as its own process ({@code java -jar}) on a fresh H2 file
 * database in a temporary directory, with the demo profile, driven by real clients (java.net.http for the API,
 * Playwright/Chromium for the reading view). Each figure is set against a floor measured in the same run on the same
 * server, so a loaded machine moves both. Writes its section of {@code docs/benchmarks.md} and fails when a budget is
 * missed. Run with {@code ./mvnw -B -o -Pbenchmark-server verify} (see docs/benchmarks.md).
 */
class ServerBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEMO_PASSWORD = "kasus-demo";
    private static final String OWN_PASSWORD = "bench-own-password-42";
    private static final int API_CLIENTS = 8;
    private static final Duration API_RUN = Duration.ofSeconds(10);
    private static final int GROUP_CODERS = 30;
    private static final int GROUP_ANNOTATIONS = 5_000;
    private static final int OPENS = 7;
    private static final int ROUND_TRIPS = Integer.getInteger("kasus.benchmark.roundTrips", 60);
    private static final Path DOC = Path.of("docs/benchmarks.md");
    private static final String START = "<!-- server-benchmark:start -->";
    private static final String END = "<!-- server-benchmark:end -->";

    private static Path dir;
    private static Process server;
    private static int port;
    private static String base;
    private static String loadBefore;
    private static String launchedAs;

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private long caseId;
    private List<JsonNode> passages;

    @BeforeAll
    static void startServer() throws Exception {
        dir = Files.createTempDirectory("kasus-bench");
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        base = "http://localhost:" + port;
        Path staticDir = Files.createDirectories(dir.resolve("static"));
        loadBefore = loadAverage();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g"));
        command.addAll(launch());
        command.addAll(List.of("--server.port=" + port, "--kasus.data-dir=" + dir.resolve("data"),
                "--spring.profiles.active=demo", "--vaadin.launch-browser=false",
                // The floor page of the reading-view figure is served by the same server from this directory.
                "--spring.web.resources.static-locations=classpath:/META-INF/resources/,classpath:/static/,file:"
                        + staticDir + "/"));
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        HttpClient probe = HttpClient.newHttpClient();
        while (status(probe, "/login", null) != 200) {
            assertThat(server.isAlive()).as("server running; see " + dir.resolve("server.log")).isTrue();
            assertThat(System.nanoTime()).as("server answering within 4 minutes").isLessThan(deadline);
            Thread.sleep(500);
        }
        // Tomcat answers before the start-up runners are done: ready is when the demo case is listed. Slowly, since
        // every 401 before the demo accounts exist counts towards the sign-in lockout (10 in 15 minutes).
        int refused = 0;
        while (true) {
            HttpResponse<String> cases = probe.send(HttpRequest.newBuilder(URI.create(base + "/api/cases"))
                    .header("Authorization", basic("instructor", DEMO_PASSWORD)).build(), HttpResponse.BodyHandlers.ofString());
            if (cases.statusCode() == 200 && JSON.readTree(cases.body()).size() > 0) {
                break;
            }
            refused += cases.statusCode() == 401 ? 1 : 0;
            assertThat(refused).as("demo accounts created").isLessThan(6);
            assertThat(System.nanoTime()).as("demo case imported within 4 minutes").isLessThan(deadline);
            Thread.sleep(2_000);
        }
    }

    private static int status(HttpClient client, String path, String authorization) throws InterruptedException {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
            if (authorization != null) {
                request.header("Authorization", authorization);
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException notYet) {
            return -1;
        }
    }

    /**
     * {@code -jar} for a jar named by {@code -Dkasus.benchmark.jar} (a production jar, built where the Vaadin plugin's
     * dependencies can be fetched); otherwise the compiled application on its runtime class path, started from the
     * project folder as {@code ./mvnw spring-boot:run} does, because a jar without a production bundle runs Vaadin
     * in development mode, which cannot read its front-end resources from inside a fat jar.
     */
    private static List<String> launch() throws IOException {
        String jar = System.getProperty("kasus.benchmark.jar");
        if (jar != null && !jar.isBlank()) {
            launchedAs = "java -Xmx1g -jar " + Path.of(jar).getFileName();
            return List.of("-jar", Path.of(jar).toAbsolutePath().toString());
        }
        String classes = System.getProperty("kasus.benchmark.classes");
        String file = System.getProperty("kasus.benchmark.classpathFile");
        assertThat(file).as("run through the benchmark-server profile, or pass -Dkasus.benchmark.jar").isNotNull();
        launchedAs = "java -Xmx1g -cp target/classes:<runtime dependencies> app.kasus.Application (Vaadin development mode with its prebuilt bundle)";
        return List.of("-cp", classes + java.io.File.pathSeparator + Files.readString(Path.of(file)).strip(),
                "app.kasus.Application");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void realClientsAgainstTheRunningServer() throws Exception {
        String instructor = basic("instructor", DEMO_PASSWORD);
        caseId = call("GET", "/api/cases", instructor, null).json.get(0).get("id").asLong();
        passages = new ArrayList<>();
        call("GET", "/api/cases/" + caseId + "/passages", instructor, null).json.forEach(p -> {
            if (p.get("text").asText().strip().length() > 60) {
                passages.add(p);
            }
        });

        apiFigures(instructor);
        readingViewFigures(instructor);
        roundTripFigures(instructor);
        write();
        assertThat(misses).as("budgets missed").isEmpty();
    }

    // ---- 1. API -------------------------------------------------------------------------------------------------

    private void apiFigures(String instructor) throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < API_CLIENTS; i++) {
            tokens.add(tokenFor(newStudent(instructor, "api" + i)));
        }
        ExecutorService pool = Executors.newFixedThreadPool(API_CLIENTS);
        try {
            // Floor: the same clients fetching a small static file from the same server.
            Run floor = runClients(pool, tokens, (client, token, i) -> {
                Reply r = callWith(client, "GET", "/icons/kasus.svg", token, null);
                return r.status == 200;
            });
            Run create = runClients(pool, tokens, (client, token, i) -> {
                JsonNode p = passages.get(i % passages.size());
                Reply r = callWith(client, "POST", "/api/cases/" + caseId + "/annotations", token,
                        annotation(p, i * 7, 6, "concession"));
                return r.status == 201;
            });
            long stored = 0;
            for (String token : tokens) {
                stored += call("GET", "/api/cases/" + caseId + "/annotations?scope=mine", token, null).json.size();
            }
            double ratio = create.rate / floor.rate;
            row("API: static file `/icons/kasus.svg`, 8 clients (floor)", floor.rate, floor.latencies, "—", true);
            boolean rateOk = create.rate >= 300 && ratio >= 0.25;
            row("API: create annotation one by one, 8 clients with tokens", create.rate, create.latencies,
                    String.format(Locale.ROOT, "≥ 300/s and ≥ 25 %% of floor (%.0f %%)", ratio * 100), rateOk);
            check("API create rate", rateOk);
            boolean p95Ok = percentile(create.latencies, 95) <= 100;
            rows.add(String.format(Locale.ROOT, "| API create p95 latency | | %.1f ms | %.1f ms | ≤ 100 ms | %s |",
                    percentile(create.latencies, 50), percentile(create.latencies, 95), pass(p95Ok)));
            check("API create p95", p95Ok);
            boolean complete = create.errors == 0 && stored == create.stored;
            rows.add(String.format(Locale.ROOT, "| API create: errors / rows stored (counted via the API) | %d errors, %,d of %,d stored | | | 0 errors, all stored | %s |",
                    create.errors, stored, create.stored, pass(complete)));
            check("API create errors/rows", complete);
        } finally {
            pool.shutdown();
        }

        String batcher = tokenFor(newStudent(instructor, "batch"));
        List<Double> perBatch = new ArrayList<>();
        long t0 = System.nanoTime();
        Random random = new Random(1);
        for (int b = 0; b < 10; b++) {
            List<Map<String, Object>> items = new ArrayList<>();
            for (int i = 0; i < 1_000; i++) {
                items.add(randomAnnotation(random));
            }
            long b0 = System.nanoTime();
            Reply r = call("POST", "/api/cases/" + caseId + "/annotations:batch", batcher, items);
            perBatch.add((System.nanoTime() - b0) / 1e6);
            assertThat(r.status).as(r.body).isEqualTo(201);
        }
        double totalMs = (System.nanoTime() - t0) / 1e6;
        int stored = call("GET", "/api/cases/" + caseId + "/annotations?scope=mine", batcher, null).json.size();
        boolean ok = totalMs <= 5_000 && stored == 10_000;
        rows.add(String.format(Locale.ROOT, "| API batch: 10 × 1,000 annotations, one client (per batch: median / p95) | %,d stored in %.0f ms | %.0f ms | %.0f ms | ≤ 5,000 ms total | %s |",
                stored, totalMs, percentile(perBatch, 50), percentile(perBatch, 95), pass(ok)));
        check("API batch", ok);
    }

    private interface ClientCall {
        boolean call(HttpClient client, String token, int i) throws Exception;
    }

    /** {@code stored}: every successful call, the warm-up's included (they leave rows too). */
    private record Run(double rate, List<Double> latencies, long ok, long errors, long stored) {
    }

    /** Every client calls as fast as it can for {@link #API_RUN} after a short unmeasured warm-up of its own. */
    private Run runClients(ExecutorService pool, List<String> tokens, ClientCall work) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong warmUp = new AtomicLong();
        List<Future<List<Double>>> futures = new ArrayList<>();
        long start = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        long end = start + API_RUN.toNanos();
        for (int c = 0; c < tokens.size(); c++) {
            String token = tokens.get(c);
            int offset = c * 100_000;
            Callable<List<Double>> job = () -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                List<Double> times = new ArrayList<>();
                int i = offset;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    boolean good = work.call(client, token, i++);
                    long t1 = System.nanoTime();
                    if (t0 >= start) {
                        times.add((t1 - t0) / 1e6);
                        (good ? ok : errors).incrementAndGet();
                    } else {
                        (good ? warmUp : errors).incrementAndGet();
                    }
                }
                return times;
            };
            futures.add(pool.submit(job));
        }
        List<Double> all = new ArrayList<>();
        for (Future<List<Double>> f : futures) {
            all.addAll(f.get());
        }
        return new Run(all.size() / (API_RUN.toNanos() / 1e9), all, ok.get(), errors.get(), ok.get() + warmUp.get());
    }

    // ---- 2. Opening the case with 5,000 annotations of a group of 30 -------------------------------------------

    private void readingViewFigures(String instructor) throws Exception {
        long group = call("POST", "/api/groups", instructor, Map.of("name", "Bench group " + port)).json.get("id").asLong();
        List<String> names = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < GROUP_CODERS; i++) {
            String name = "coder" + i;
            tokens.add(tokenFor(newStudent(instructor, name)));
            names.add(name);
        }
        Reply members = call("PUT", "/api/groups/" + group + "/members", instructor, names);
        assertThat(members.status).as(members.body).isEqualTo(200);
        Random random = new Random(30);
        for (int i = 0; i < GROUP_CODERS; i++) {
            int n = GROUP_ANNOTATIONS / GROUP_CODERS + (i < GROUP_ANNOTATIONS % GROUP_CODERS ? 1 : 0);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                items.add(randomAnnotation(random));
            }
            Reply r = call("POST", "/api/cases/" + caseId + "/annotations:batch", tokens.get(i), items);
            assertThat(r.status).as(r.body).isEqualTo(201);
        }
        JsonNode layer = call("GET", "/api/cases/" + caseId + "/annotations?scope=group", tokens.get(0), null).json;
        assertThat(layer.size()).isEqualTo(GROUP_ANNOTATIONS);
        int staticHighlights = writeStaticPage(instructor, layer);

        try (Playwright pw = Playwright.create(); Browser browser = Browsers.launch(pw)) {
            notes.add("Chromium " + browser.version());
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            context.setDefaultTimeout(120_000);
            Page page = context.newPage();
            signIn(page, "coder0");
            CDPSession cdp = context.newCDPSession(page);
            AtomicLong bytes = new AtomicLong();
            cdp.send("Network.enable");
            cdp.on("Network.loadingFinished", e -> bytes.addAndGet(e.get("encodedDataLength").getAsLong()));
            cdp.on("Network.webSocketFrameReceived", e -> bytes.addAndGet(
                    e.getAsJsonObject("response").get("payloadData").getAsString().length()));

            String url = base + "/cases/" + caseId + "?show=group";
            String drawn = "n => { let c = 0; for (const p of document.querySelectorAll('kasus-passage')) c += (p.highlights || []).length;"
                    + " return c >= n && document.querySelector('kasus-passage .hl') ? performance.now() : 0; }";
            page.navigate(url);
            page.waitForFunction(drawn, GROUP_ANNOTATIONS, new Page.WaitForFunctionOptions().setPollingInterval(10));
            List<Double> opens = new ArrayList<>();
            List<Double> sent = new ArrayList<>();
            for (int i = 0; i < OPENS; i++) {
                bytes.set(0);
                page.navigate(url);
                double ms = ((Number) page.waitForFunction(drawn, GROUP_ANNOTATIONS,
                        new Page.WaitForFunctionOptions().setPollingInterval(10)).jsonValue()).doubleValue();
                opens.add(ms);
                app.kasus.testsupport.VaadinClient.settle(page);
                sent.add(bytes.get() / 1024.0);
            }

            List<Double> floor = new ArrayList<>();
            String staticUrl = base + "/bench-static.html";
            page.navigate(staticUrl);
            String staticDrawn = "n => document.querySelectorAll('.hl').length >= n ? performance.now() : 0";
            boolean staticServed = page.locator(".hl").count() > 0;
            if (staticServed) {
                for (int i = 0; i < OPENS; i++) {
                    page.navigate(staticUrl);
                    floor.add(((Number) page.waitForFunction(staticDrawn, staticHighlights,
                            new Page.WaitForFunctionOptions().setPollingInterval(10)).jsonValue()).doubleValue());
                }
                row("Open case: the same passages and highlights as a static HTML page (floor)", floor, "—", true);
            } else {
                notes.add("The static floor page was not served (" + page.url() + "); the open time is absolute only.");
            }
            double ratio = staticServed ? percentile(opens, 50) / percentile(floor, 50) : 0;
            boolean openOk = percentile(opens, 50) <= 1_500 && (!staticServed || ratio <= 2);
            row("Open case, 5,000 annotations by 30 coders, group layer: every highlight drawn (" + OPENS + " opens)", opens,
                    String.format(Locale.ROOT, "≤ 1,500 ms and ≤ 2× floor (%.1f×)", ratio), openOk);
            check("open case", openOk);
            boolean bytesOk = percentile(sent, 50) <= 1_024;
            rows.add(String.format(Locale.ROOT, "| Open case: bytes to the browser after the first visit (CDP, HTTP + WebSocket frames) | | %.0f KB | %.0f KB | ≤ 1,024 KB | %s |",
                    percentile(sent, 50), percentile(sent, 95), pass(bytesOk)));
            check("open case bytes", bytesOk);
            context.close();
        }
    }

    /** The group's passages with the same highlights as plain HTML: every stretch covered by a span is one mark. */
    private int writeStaticPage(String instructor, JsonNode layer) throws Exception {
        Map<Long, List<int[]>> spans = new LinkedHashMap<>();
        layer.forEach(a -> spans.computeIfAbsent(a.get("passageId").asLong(), k -> new ArrayList<>())
                .add(new int[] {a.get("start").asInt(), a.get("end").asInt()}));
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=utf-8><style>"
                + ".hl{text-decoration:underline 2px #1b9e77;outline:1px dashed}</style></head><body>");
        int marks = 0;
        for (JsonNode p : call("GET", "/api/cases/" + caseId + "/passages", instructor, null).json) {
            String text = p.get("text").asText();
            List<int[]> list = spans.getOrDefault(p.get("id").asLong(), List.of());
            java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
            list.forEach(s -> {
                cuts.add(s[0]);
                cuts.add(s[1]);
            });
            html.append("<p>");
            Integer from = null;
            for (int to : cuts) {
                if (from != null && to > from) {
                    int a = from;
                    int b = to;
                    List<int[]> over = list.stream().filter(s -> s[0] <= a && s[1] >= b).toList();
                    String piece = escape(text.substring(a, b));
                    if (over.isEmpty()) {
                        html.append(piece);
                    } else {
                        marks++;
                        html.append("<span class=hl title=\"").append(over.size()).append(" annotations\">").append(piece)
                                .append("</span>");
                    }
                }
                from = to;
            }
            html.append("</p>");
        }
        html.append("</body></html>");
        Files.writeString(dir.resolve("static/bench-static.html"), html, StandardCharsets.UTF_8);
        return marks;
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---- 3. Coding round trip in the browser --------------------------------------------------------------------

    private void roundTripFigures(String instructor) throws Exception {
        String token = tokenFor(newStudent(instructor, "roundtrip"));
        try (Playwright pw = Playwright.create(); Browser browser = Browsers.launch(pw)) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            context.setDefaultTimeout(30_000);
            Page page = context.newPage();
            signIn(page, "roundtrip");
            page.navigate(base + "/cases/" + caseId + "?show=mine");
            page.locator("kasus-passage").first().waitFor();
            page.evaluate("() => { document.addEventListener('keydown', e => { if (e.key === 'Enter' && e.ctrlKey) window.__t0 = performance.now(); }, true);"
                    + " document.addEventListener('click', () => { window.__t0 = performance.now(); }, true); }");
            Locator all = page.locator("kasus-passage");
            int count = Math.min(all.count(), 40);
            List<Double> saves = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            for (int i = 0; i < ROUND_TRIPS; i++) {
                Locator passage = all.nth(i % count);
                passage.scrollIntoViewIfNeeded();
                passage.focus();
                page.keyboard().press("Home");
                for (int k = 0; k < 4 + i / count; k++) {
                    page.keyboard().press("Shift+ArrowRight");
                }
                page.keyboard().press("1");
                page.locator("#coding-save").waitFor();
                choose(page, "coding-actor", "DPRK");
                choose(page, "coding-addressee", "US");
                choose(page, "coding-stage", "1 · Unilateral accommodation");
                app.kasus.testsupport.VaadinClient.settle(page);
                // Floor: choosing another code is a server round trip answered with that code's definition.
                for (String code : List.of("Demand", "Concession")) {
                    Object before = page.locator("#coding-code").evaluate("e => e.helperText");
                    page.locator("#coding-code vaadin-radio-button", new Page.LocatorOptions().setHasText(code)).click();
                    double t1 = ((Number) page.waitForFunction("b => document.querySelector('#coding-code').helperText !== b ? performance.now() : 0",
                            before, new Page.WaitForFunctionOptions().setPollingInterval(5)).jsonValue()).doubleValue();
                    floor.add(t1 - ((Number) page.evaluate("() => window.__t0")).doubleValue());
                    app.kasus.testsupport.VaadinClient.settle(page);
                }
                int had = ((Number) passage.evaluate("e => e.highlights.length")).intValue();
                page.locator("#coding-save").focus();
                page.keyboard().press("Control+Enter");
                double t1 = ((Number) passage.evaluate("(e, n) => new Promise(res => { const f = () => e.highlights.length > n"
                        + " && e.querySelector('.hl') ? res(performance.now()) : requestAnimationFrame(f); f(); })", had)).doubleValue();
                saves.add(t1 - ((Number) page.evaluate("() => window.__t0")).doubleValue());
                page.locator("#coding-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            }
            int stored = call("GET", "/api/cases/" + caseId + "/annotations?scope=mine", token, null).json.size();
            row("Round trip floor: choosing a code in the panel (server answers with its definition)", floor, "—", true);
            double ratio = percentile(saves, 95) / percentile(floor, 95);
            boolean ok = percentile(saves, 95) <= 150 && ratio <= 2 && stored == ROUND_TRIPS;
            row("Coding round trip: Ctrl+Enter → highlight drawn (" + ROUND_TRIPS + " codings, " + stored + " stored)", saves,
                    String.format(Locale.ROOT, "p95 ≤ 150 ms and ≤ 2× floor p95 (%.1f×)", ratio), ok);
            check("coding round trip", ok);
            context.close();
        }
    }

    private static void choose(Page page, String id, String label) {
        Object value = page.locator("#" + id).evaluate("e => e.value");
        if (value != null && !value.toString().isEmpty()) {
            return;
        }
        app.kasus.testsupport.VaadinClient.settle(page);
        page.locator("#" + id).click();
        page.locator("vaadin-select-overlay[opened] vaadin-select-item", new Page.LocatorOptions().setHasText(label)).first().click();
    }

    private void signIn(Page page, String username) {
        page.navigate(base + "/login");
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(OWN_PASSWORD);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(u -> !u.contains("/login"));
    }

    // ---- accounts, tokens and annotations through the API --------------------------------------------------------

    private String newStudent(String instructor, String username) throws Exception {
        Reply created = call("POST", "/api/users", instructor,
                Map.of("username", username, "displayName", "Bench " + username, "role", "STUDENT"));
        assertThat(created.status).as(created.body).isEqualTo(201);
        String oneTime = created.json.get("oneTimePassword").asText();
        Reply changed = call("PUT", "/api/account/password", basic(username, oneTime),
                Map.of("currentPassword", oneTime, "newPassword", OWN_PASSWORD));
        assertThat(changed.status).as(changed.body).isEqualTo(204);
        return username;
    }

    private String tokenFor(String username) throws Exception {
        Reply token = call("POST", "/api/tokens", basic(username, OWN_PASSWORD), Map.of("name", "benchmark"));
        assertThat(token.status).as(token.body).isEqualTo(201);
        return "Bearer " + token.json.get("token").asText();
    }

    private Map<String, Object> randomAnnotation(Random random) {
        JsonNode p = passages.get(random.nextInt(passages.size()));
        return annotation(p, random.nextInt(10_000), 5 + random.nextInt(40), "concession");
    }

    private static Map<String, Object> annotation(JsonNode passage, int seed, int length, String code) {
        String text = passage.get("text").asText();
        int start = Math.floorMod(seed, text.length() - length);
        while (start < text.length() - length && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = start + length;
        while (end > start + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", end);
        body.put("code", code);
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        return body;
    }

    private record Reply(int status, JsonNode json, String body) {
    }

    private Reply call(String method, String path, String authorization, Object body) throws Exception {
        return callWith(http, method, path, authorization, body);
    }

    private static Reply callWith(HttpClient client, String method, String path, String authorization, Object body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
                .header("Authorization", authorization);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String text = response.body();
        JsonNode json = null;
        if (text != null && !text.isBlank() && response.headers().firstValue("Content-Type").orElse("").contains("json")) {
            json = JSON.readTree(text);
        }
        return new Reply(response.statusCode(), json, text);
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // ---- results ------------------------------------------------------------------------------------------------

    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private void row(String what, double rate, List<Double> latencies, String budget, boolean ok) {
        rows.add(String.format(Locale.ROOT, "| %s | %.0f/s (%,d requests) | %.1f ms | %.1f ms | %s | %s |", what, rate,
                latencies.size(), percentile(latencies, 50), percentile(latencies, 95), budget, ok ? "pass" : "**fail**"));
    }

    private void row(String what, List<Double> times, String budget, boolean ok) {
        rows.add(String.format(Locale.ROOT, "| %s | n = %d | %.0f ms | %.0f ms | %s | %s |", what, times.size(),
                percentile(times, 50), percentile(times, 95), budget, pass(ok)));
    }

    private static String pass(boolean ok) {
        return ok ? "pass" : "**fail**";
    }

    private void check(String what, boolean ok) {
        if (!ok) {
            misses.add(what);
        }
    }

    private void write() throws IOException {
        List<String> section = new ArrayList<>();
        section.add(START);
        section.add("### Latest run: " + OffsetDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        section.add("");
        section.add(String.format(Locale.ROOT, "Machine: %d cores, %s RAM, JDK %s (%s), %s; load average (1/5/15 min) %s at the start, %s at the end (the machine is shared).",
                Runtime.getRuntime().availableProcessors(), memory(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), String.join(", ", notes.stream().filter(n -> n.startsWith("Chromium")).toList()),
                loadBefore, loadAverage()));
        section.add("Server: `" + launchedAs + " --spring.profiles.active=demo`, its own process on a fresh H2 file database in a temporary directory.");
        section.add("");
        section.add("| figure | size | median | p95 | budget | result |");
        section.add("|---|---|---|---|---|---|");
        section.addAll(rows);
        section.add("");
        notes.stream().filter(n -> !n.startsWith("Chromium")).forEach(n -> section.add("- " + n));
        section.add(END);
        String doc = Files.readString(DOC);
        String text = String.join("\n", section);
        int s = doc.indexOf(START);
        int e = doc.indexOf(END);
        doc = s >= 0 && e > s ? doc.substring(0, s) + text + doc.substring(e + END.length()) : doc + "\n" + text + "\n";
        Files.writeString(DOC, doc);
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " / " + parts[1] + " / " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memory() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format(Locale.ROOT, "%.0f GB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

}
