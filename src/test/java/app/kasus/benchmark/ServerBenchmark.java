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
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

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
    /**
     * Unmeasured calls before each API figure. A fresh server compiles its hot paths (C2) during its first thousands
     * of requests: with 2 s of warm-up, the compiler used about 12 of the 27 CPU-seconds of the create window
     * (JFR, jdk.Compilation); a server in use runs compiled code.
     */
    private static final Duration API_WARM_UP = Duration.ofSeconds(15);
    private static final int GROUP_CODERS = 30;
    private static final int GROUP_ANNOTATIONS = 5_000;
    private static final int OPENS = 7;
    private static final int LIVE_SAMPLES = 40;
    private static final int LIVE_VIEWS = 5;
    private static final Duration LIVE_PACE = Duration.ofSeconds(2);
    private static final Duration LIVE_MISSED = Duration.ofSeconds(30);
    private static final int HEAP_VIEWS = Integer.getInteger("kasus.benchmark.heapViews", 100);
    /** {@code -Dkasus.benchmark.histogram=N}: print the N classes whose instances grew most per open view. */
    /** Reading views opened before the heap baseline and kept open (see {@link #heapFigures}). */
    private static final int HEAP_WARM_VIEWS = Integer.getInteger("kasus.benchmark.heapWarmViews", 10);
    private static final int HISTOGRAM = Integer.getInteger("kasus.benchmark.histogram", 0);
    private static final int ANALYTICS_ANNOTATIONS = 100_000;
    private static final int GOLD_SPANS = 300;
    private static final int ROUND_TRIPS = Integer.getInteger("kasus.benchmark.roundTrips", 200);
    private static final Path DOC = Path.of("docs/benchmarks.md");
    /**
     * {@code -Dkasus.benchmark.only=api,open,roundtrip}: measure only those figures, e.g. while working on one of them;
     * such a partial run prints its table instead of rewriting docs/benchmarks.md.
     */
    private static final Set<String> ONLY = Set.of(System.getProperty("kasus.benchmark.only", "").split(","))
            .stream().map(String::strip).filter(s -> !s.isEmpty()).collect(java.util.stream.Collectors.toSet());
    private static final String START = "<!-- server-benchmark:start -->";
    private static final String END = "<!-- server-benchmark:end -->";

    private static Path dir;
    private static Process server;
    private static int port;
    private static String base;
    private static String loadBefore;
    private static String launchedAs;
    private static String launchMode;

    private final List<String> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final List<String> misses = new ArrayList<>();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private long caseId;
    private List<JsonNode> passages;
    /** The 30 coders of one group (coder0 … coder29) and their tokens, made for the reading-view figures. */
    private final List<String> groupCoders = new ArrayList<>();
    private final List<String> groupTokens = new ArrayList<>();

    @BeforeAll
    @Timeout(value = 5, unit = TimeUnit.MINUTES) // the start waits up to 4 minutes for the demo case
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
        String recording = System.getProperty("kasus.benchmark.jfr");
        if (recording != null) { // where the server's time goes: jfr print --events jdk.ExecutionSample <file>
            command.add("-XX:FlightRecorderOptions:stackdepth=256");
            command.add("-XX:StartFlightRecording=filename=" + recording + ",settings=profile");
        }
        command.addAll(launch());
        command.addAll(List.of("--server.port=" + port, "--kasus.data-dir=" + dir.resolve("data"),
                "--spring.profiles.active=demo", "--vaadin.launch-browser=false",
                // The floor page of the reading-view figure is served by the same server from this directory.
                "--spring.web.resources.static-locations=classpath:/META-INF/resources/,classpath:/static/,file:"
                        + staticDir + "/"));
        // Experiments, e.g. -Dkasus.benchmark.serverArgs="--spring.datasource.url=…": what a setting costs.
        String extra = System.getProperty("kasus.benchmark.serverArgs", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        server = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        HttpClient probe = HttpClient.newHttpClient();
        while (status(probe, "/login", null) != 200) {
            assertThat(server.isAlive()).as("server running; see target/benchmark-server.log").isTrue();
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
     * {@code -jar} with the production jar: the one named by {@code -Dkasus.benchmark.jar}, or the one this build
     * packaged when it was built with {@code -Pproduction}. Otherwise the compiled application on its runtime class
     * path, started from the project folder as {@code ./mvnw spring-boot:run} does (a jar without a production bundle
     * runs Vaadin in development mode, which cannot read its front-end resources from inside a fat jar).
     */
    private static List<String> launch() throws IOException {
        String jar = System.getProperty("kasus.benchmark.jar");
        if (jar == null || jar.isBlank()) {
            String built = System.getProperty("kasus.benchmark.builtJar");
            jar = built != null && isProductionJar(Path.of(built)) ? built : null;
        }
        if (jar != null) {
            launchedAs = "java -Xmx1g -jar " + Path.of(jar).getFileName();
            launchMode = "Vaadin in production mode";
            return List.of("-jar", Path.of(jar).toAbsolutePath().toString());
        }
        String classes = System.getProperty("kasus.benchmark.classes");
        String file = System.getProperty("kasus.benchmark.classpathFile");
        assertThat(file).as("run through the benchmark-server profile, or pass -Dkasus.benchmark.jar").isNotNull();
        launchedAs = "java -Xmx1g -cp target/classes:<runtime dependencies> app.kasus.Application";
        launchMode = "Vaadin in development mode with its prebuilt bundle, not the production jar (build with -Pproduction "
                + "to measure that)";
        return List.of("-cp", classes + java.io.File.pathSeparator + Files.readString(Path.of(file)).strip(),
                "app.kasus.Application");
    }

    /** Vaadin's build writes whether it built for production into the jar. */
    private static boolean isProductionJar(Path jar) throws IOException {
        if (!Files.isRegularFile(jar)) {
            return false;
        }
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            var info = file.getJarEntry("META-INF/VAADIN/config/flow-build-info.json");
            return info != null && JSON.readTree(file.getInputStream(info)).path("productionMode").asBoolean(false);
        }
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (server != null) {
            server.destroy();
            if (!server.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor(30, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        // A run's database grows to about 400 MB: only the server's log is kept, beside the build's other reports.
        if (dir != null) {
            Path log = dir.resolve("server.log");
            if (Files.exists(log)) {
                Files.copy(log, Path.of("target", "benchmark-server.log"), StandardCopyOption.REPLACE_EXISTING);
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }

    @Test
    @Timeout(value = 45, unit = TimeUnit.MINUTES) // every figure, 100,000 annotations loaded: far over the tests' default
    void realClientsAgainstTheRunningServer() throws Exception {
        String instructor = basic("instructor", DEMO_PASSWORD);
        caseId = call("GET", "/api/cases", instructor, null).json.get(0).get("id").asLong();
        passages = new ArrayList<>();
        call("GET", "/api/cases/" + caseId + "/passages", instructor, null).json.forEach(p -> {
            if (p.get("text").asText().strip().length() > 60) {
                passages.add(p);
            }
        });

        try {
            measureFigures(instructor);
        } finally { // what was measured is written even when a later figure fails
            if (ONLY.isEmpty()) {
                write();
            } else {
                System.out.println(String.join("\n", rows) + "\n" + String.join("\n", notes));
            }
        }
        assertThat(misses).as("budgets missed").isEmpty();
    }

    private void measureFigures(String instructor) throws Exception {
        if (measures("api")) {
            apiFigures(instructor);
        }
        if (measures("open")) {
            readingViewFigures(instructor);
        }
        if (measures("live")) {
            liveFigures(instructor);
        }
        if (measures("roundtrip")) {
            roundTripFigures(instructor);
        }
        if (measures("heap")) {
            heapFigures(instructor);
        }
        if (measures("analytics")) {
            analyticsFigures(instructor);
        }
    }

    private static com.google.gson.JsonObject jsonObject(String key, int value) {
        com.google.gson.JsonObject o = new com.google.gson.JsonObject();
        o.addProperty(key, value);
        return o;
    }

    private static boolean measures(String figure) {
        return ONLY.isEmpty() || ONLY.contains(figure);
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
            rows.add(String.format(Locale.ROOT, "| API: CPU per call, server / clients (static file; create) | %.2f / %.2f ms; %.2f / %.2f ms | | | — | — |",
                    floor.serverCpuMs, floor.clientCpuMs, create.serverCpuMs, create.clientCpuMs));
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

    /**
     * {@code stored}: every successful call, the warm-up's included (they leave rows too). The CPU figures are per
     * measured call: what the server and the clients (this JVM) each spent in the measured window, which the shared
     * cores' load moves far less than the rate.
     */
    private record Run(double rate, List<Double> latencies, long ok, long errors, long stored, double serverCpuMs,
                       double clientCpuMs) {
    }

    /** CPU time the server process has used so far, in ms (Linux' /proc; NaN elsewhere). */
    private static double serverCpuMs() {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(server.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10.0; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException unavailable) {
            return Double.NaN;
        }
    }

    private static double clientCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime() / 1e6;
    }

    /** Every client calls as fast as it can for {@link #API_RUN} after {@link #API_WARM_UP}. */
    private Run runClients(ExecutorService pool, List<String> tokens, ClientCall work) throws Exception {
        AtomicLong ok = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicLong warmUp = new AtomicLong();
        List<Future<List<Double>>> futures = new ArrayList<>();
        double[] cpuAtStart = new double[2]; // server, clients: taken by the first call of the measured window
        AtomicBoolean measuring = new AtomicBoolean();
        long start = System.nanoTime() + API_WARM_UP.toNanos();
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
                    if (t0 >= start && measuring.compareAndSet(false, true)) {
                        cpuAtStart[0] = serverCpuMs();
                        cpuAtStart[1] = clientCpuMs();
                    }
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
        return new Run(all.size() / (API_RUN.toNanos() / 1e9), all, ok.get(), errors.get(), ok.get() + warmUp.get(),
                (serverCpuMs() - cpuAtStart[0]) / all.size(), (clientCpuMs() - cpuAtStart[1]) / all.size());
    }

    // ---- 2. Opening the case with 5,000 annotations of a group of 30 -------------------------------------------

    private void readingViewFigures(String instructor) throws Exception {
        List<String> tokens = groupWithCoding(instructor);
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

            if (!ONLY.isEmpty()) { // how often and how long the passages draw during an open
                page.addInitScript(COUNT_RENDERS);
            }
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
                if (!ONLY.isEmpty()) {
                    // Where the time goes: the page, each Vaadin request (server wait, transfer) and the drawing.
                    System.out.println("open " + i + ": drawn at " + Math.round(ms) + " ms; "
                            + page.evaluate("() => `${window.__renders} renders of passages in ${Math.round(window.__renderMs)} ms; `")
                            + page.evaluate(
                            "() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                                    + ".filter(e => e.entryType === 'navigation' || e.name.includes('v-r='))"
                                    + ".map(e => e.name.replace(/^.*\\//, '').slice(0, 30) + ' start ' + Math.round(e.startTime)"
                                    + " + ' wait ' + Math.round(e.responseStart - e.requestStart) + ' transfer '"
                                    + " + Math.round(e.responseEnd - e.responseStart) + ' size ' + e.transferSize).join('; ')"));
                }
                app.kasus.testsupport.VaadinClient.settle(page);
                sent.add(bytes.get() / 1024.0);
            }

            if (System.getProperty("kasus.benchmark.cpuprofile") != null) {
                cdp.send("Profiler.enable");
                cdp.send("Profiler.setSamplingInterval", jsonObject("interval", 200));
                cdp.send("Profiler.start");
                page.navigate(url);
                page.waitForFunction(drawn, GROUP_ANNOTATIONS, new Page.WaitForFunctionOptions().setPollingInterval(10));
                Files.writeString(Path.of(System.getProperty("kasus.benchmark.cpuprofile")),
                        cdp.send("Profiler.stop").get("profile").toString());
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
            // What any page of the app costs before it shows anything of its own: the smallest view (sign-in)
            // in a fresh context, bundle cached. The rest of an open is the reading view's own share.
            List<Double> smallest = new ArrayList<>();
            try (BrowserContext anonymous = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                Page login = anonymous.newPage();
                String loginShown = "() => document.querySelector('#vaadinLoginUsername input') ? performance.now() : 0";
                login.navigate(base + "/login");
                login.waitForFunction(loginShown, null, new Page.WaitForFunctionOptions().setPollingInterval(10));
                for (int i = 0; i < OPENS; i++) {
                    login.navigate(base + "/login");
                    smallest.add(((Number) login.waitForFunction(loginShown, null,
                            new Page.WaitForFunctionOptions().setPollingInterval(10)).jsonValue()).doubleValue());
                }
            }
            row("Open the app's smallest view (sign-in form shown), for reference: Vaadin's own start", smallest, "—", true);
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

    /** The group of 30 coders with 5,000 annotations between them, made once; their tokens. */
    private List<String> groupWithCoding(String instructor) throws Exception {
        if (!groupTokens.isEmpty()) {
            return groupTokens;
        }
        long group = call("POST", "/api/groups", instructor, Map.of("name", "Bench group " + port)).json.get("id").asLong();
        for (int i = 0; i < GROUP_CODERS; i++) {
            String name = "coder" + i;
            groupTokens.add(tokenFor(newStudent(instructor, name)));
            groupCoders.add(name);
        }
        Reply members = call("PUT", "/api/groups/" + group + "/members", instructor, groupCoders);
        assertThat(members.status).as(members.body).isEqualTo(200);
        Random random = new Random(30);
        for (int i = 0; i < GROUP_CODERS; i++) {
            int n = GROUP_ANNOTATIONS / GROUP_CODERS + (i < GROUP_ANNOTATIONS % GROUP_CODERS ? 1 : 0);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                items.add(randomAnnotation(random));
            }
            Reply r = call("POST", "/api/cases/" + caseId + "/annotations:batch", groupTokens.get(i), items);
            assertThat(r.status).as(r.body).isEqualTo(201);
        }
        return groupTokens;
    }

    // ---- 3. Live updates while the group codes -------------------------------------------------------------------

    /**
     * The 30 coders of the group code at once through the API, each one annotation every {@link #LIVE_PACE}; five of
     * them have the case open on the group layer in Chromium. Measured: from sending one coder's annotation until
     * coder0's page has drawn it ({@code [data-ids~=id]} in a passage).
     */
    /** Counts the passages' draws and their time in {@code window.__renders}, {@code window.__renderMs}. */
    private static final String COUNT_RENDERS = "(() => { const define = customElements.define.bind(customElements);"
            + " customElements.define = (name, type, options) => { if (name === 'kasus-passage') {"
            + " const render = type.prototype._render; type.prototype._render = function () {"
            + " const t = performance.now(); render.call(this); if (!this._quiet) {"
            + " window.__renders = (window.__renders || 0) + 1; window.__renderMs = (window.__renderMs || 0) + performance.now() - t; } }; }"
            + " return define(name, type, options); }; })()";

    private void liveFigures(String instructor) throws Exception {
        List<String> tokens = groupWithCoding(instructor);
        java.util.concurrent.ScheduledExecutorService coders = Executors.newScheduledThreadPool(4);
        java.util.concurrent.atomic.AtomicInteger errors = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.atomic.AtomicReference<String> firstError = new java.util.concurrent.atomic.AtomicReference<>();
        try (Playwright pw = Playwright.create(); Browser browser = Browsers.launch(pw)) {
            String url = base + "/cases/" + caseId + "?show=group";
            List<Page> views = new ArrayList<>();
            for (int v = 0; v < LIVE_VIEWS; v++) {
                BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                context.setDefaultTimeout(120_000);
                Page page = context.newPage();
                if (!ONLY.isEmpty()) {
                    page.addInitScript(COUNT_RENDERS);
                }
                signIn(page, groupCoders.get(v));
                page.navigate(url);
                page.waitForFunction("n => [...document.querySelectorAll('kasus-passage')].reduce((c, p) => c + p.highlights.length, 0) >= n",
                        GROUP_ANNOTATIONS);
                views.add(page);
            }
            Random random = new Random(31);
            for (int c = 2; c < GROUP_CODERS; c++) { // coder1 is the one measured
                String token = tokens.get(c);
                long offset = LIVE_PACE.toMillis() * c / GROUP_CODERS;
                coders.scheduleAtFixedRate(() -> {
                    try {
                        Map<String, Object> item;
                        synchronized (random) {
                            item = randomAnnotation(random);
                        }
                        sent.incrementAndGet();
                        Reply reply = callWith(http, "POST", "/api/cases/" + caseId + "/annotations", token, item);
                        if (reply.status != 201) {
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, reply.status + " " + reply.body);
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                        firstError.compareAndSet(null, e.toString());
                    }
                }, offset, LIVE_PACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            }
            Page watcher = views.get(0);
            CDPSession profiler = null;
            if (System.getProperty("kasus.benchmark.cpuprofile") != null && ONLY.equals(Set.of("live"))) {
                profiler = watcher.context().newCDPSession(watcher);
                profiler.send("Profiler.enable");
                profiler.send("Profiler.setSamplingInterval", jsonObject("interval", 500));
                profiler.send("Profiler.start");
            }
            if (!ONLY.isEmpty()) {
                watcher.evaluate("() => { window.__renders = 0; window.__renderMs = 0; }");
            }
            List<Double> delays = new ArrayList<>();
            int missed = 0;
            for (int i = 0; i < LIVE_SAMPLES + 3; i++) {
                long t0 = System.nanoTime();
                Reply r = call("POST", "/api/cases/" + caseId + "/annotations", tokens.get(1), randomAnnotation(random));
                assertThat(r.status).as(r.body).isEqualTo(201);
                // Checked whenever the page's DOM changes (a MutationObserver), not polled: polling every 5 ms cost
                // the watcher more CPU than the drawing it waited for.
                boolean drawn = (Boolean) watcher.evaluate("""
                        ([id, ms]) => new Promise((resolve) => {
                          const selector = `kasus-passage [data-ids~="${id}"]`;
                          if (document.querySelector(selector)) { resolve(true); return; }
                          const observer = new MutationObserver(() => {
                            if (document.querySelector(selector)) { observer.disconnect(); clearTimeout(timer); resolve(true); }
                          });
                          observer.observe(document.body, { childList: true, subtree: true });
                          const timer = setTimeout(() => { observer.disconnect(); resolve(false); }, ms);
                        })""", List.of(r.json.get("id").asInt(), (int) LIVE_MISSED.toMillis()));
                if (!drawn) {
                    // Counted, and the figure goes on: one lost update must not hide the others' times.
                    missed++;
                    continue;
                }
                if (i >= 3) { // the first few warm up the path
                    delays.add((System.nanoTime() - t0) / 1e6);
                    if (!ONLY.isEmpty()) {
                        System.out.printf(Locale.ROOT, "live %d: %.0f ms; %s%n", i, delays.get(delays.size() - 1), watcher.evaluate(
                                "() => `${window.__renders} draws, ${Math.round(window.__renderMs)} ms drawing,"
                                        + " JS heap ${Math.round(performance.memory.usedJSHeapSize / 1048576)} MB`"));
                    }
                }
            }
            // Requests under way finish: interrupting them would count as errors of the server.
            coders.shutdown();
            assertThat(coders.awaitTermination(60, TimeUnit.SECONDS)).as("coders stopped").isTrue();
            if (firstError.get() != null) {
                notes.add("Live update: the first failed request of the coders: " + firstError.get());
            }
            if (!ONLY.isEmpty()) {
                System.out.println("live: the watcher drew passages " + watcher.evaluate(
                        "() => `${window.__renders} times in ${Math.round(window.__renderMs)} ms`") + " while measured");
            }
            if (profiler != null) {
                Files.writeString(Path.of(System.getProperty("kasus.benchmark.cpuprofile")),
                        profiler.send("Profiler.stop").get("profile").toString());
            }
            boolean ok = !delays.isEmpty() && percentile(delays, 95) <= 500 && errors.get() == 0 && missed == 0;
            row(String.format(Locale.ROOT, "Live update: a groupmate's new annotation drawn in an open view, 30 coders coding at once "
                    + "(28 at one per %d s each, %d sent, %d errors; %d views open; %d not drawn within %d s)",
                    LIVE_PACE.toSeconds(), sent.get(), errors.get(), LIVE_VIEWS, missed, LIVE_MISSED.toSeconds()),
                    delays, "p95 ≤ 500 ms, no errors, none missed", ok);
            check("live update", ok);
        } finally {
            coders.shutdownNow();
        }
    }

    // ---- 5. Memory per open reading view -------------------------------------------------------------------------

    /**
     * Vaadin's capacity-planning measurement: the server's used heap after a full GC with no view open, then with
     * {@link #HEAP_VIEWS} reading views open (each its own page, so its own UI), divided by their number. Two kinds
     * of view: a coder's own layer (a seminar's usual page, with 170 annotations), opened in one coder's tabs, and the
     * group layer with all 5,000, opened by each of the group's coders in turn (one view per coder, as in class).
     * {@link #HEAP_WARM_VIEWS} views are opened first and kept open, so what is counted is what one more view costs
     * once the database has been read; the row gives the figure from no view at all beside it.
     */
    private void heapFigures(String instructor) throws Exception {
        List<String> tokens = groupWithCoding(instructor);
        assertThat(tokens).isNotEmpty();
        long pid = server.pid();
        try (Playwright pw = Playwright.create(); Browser browser = Browsers.launch(pw)) {
            for (String layer : List.of("mine", "group")) {
                long before = 0;
                Map<String, long[]> histogramBefore = Map.of();
                int views = layer.equals("mine") ? HEAP_VIEWS : HEAP_VIEWS / 5;
                // The own layer's views are one coder's tabs; the group layer's are a seminar: each of its coders has
                // the case open, so what the views share (the same groupmates' coding) is shared as it would be in class.
                List<BrowserContext> contexts = new ArrayList<>();
                int coders = layer.equals("mine") ? 1 : Math.min(groupCoders.size(), HEAP_WARM_VIEWS + views);
                for (int c = 0; c < coders; c++) {
                    BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
                    context.setDefaultTimeout(120_000);
                    signIn(context.newPage(), groupCoders.get((2 + c) % groupCoders.size()));
                    contexts.add(context);
                }
                long none = usedHeapAfterGc(pid);
                // Views opened before the baseline and kept open through the measurement: the first reads fill the
                // embedded database's caches and the server's shared per-case data (bounded, paid once, not per view),
                // and these views are in both heaps, so only the views opened after the baseline are counted.
                List<Page> open = new ArrayList<>();
                for (int v = 0; v < HEAP_WARM_VIEWS + views; v++) {
                    if (v == HEAP_WARM_VIEWS) {
                        open.forEach(app.kasus.testsupport.VaadinClient::settle);
                        before = usedHeapAfterGc(pid);
                        histogramBefore = HISTOGRAM > 0 ? histogram(pid) : Map.of();
                    }
                    Page page = contexts.get(v % contexts.size()).newPage();
                    page.navigate(base + "/cases/" + caseId + "?show=" + layer);
                    page.locator("kasus-passage .hl").first().waitFor();
                    open.add(page);
                }
                open.forEach(app.kasus.testsupport.VaadinClient::settle);
                long after = usedHeapAfterGc(pid);
                if (HISTOGRAM > 0) {
                    printGrowth("open view of layer " + layer, histogramBefore, histogram(pid), views);
                }
                double perView = (after - before) / 1024.0 / views;
                boolean ok = perView <= 1024;
                double perViewFromNone = (after - none) / 1024.0 / (HEAP_WARM_VIEWS + views);
                rows.add(String.format(Locale.ROOT, "| Memory: retained heap per open reading view, %s (%s; heap after full GC %.0f MB "
                                + "with none, %.0f MB with %d open, %.0f MB with %d more; from none: %.0f KB per view) | %d views | %.0f KB | | %s | %s |",
                        layer.equals("mine") ? "a coder's own layer" : "the group layer", layer.equals("mine")
                                ? "170 annotations" : "5,000 annotations by 30 coders", none / 1048576.0, before / 1048576.0,
                        HEAP_WARM_VIEWS, after / 1048576.0, views, perViewFromNone,
                        views, perView, "≤ 1,024 KB", pass(ok)));
                check("heap per view, layer " + layer, ok);
                for (BrowserContext context : contexts) {
                    context.close();
                }
            }
        }
    }

    /** Live instances and bytes per class ({@code jcmd GC.class_histogram}, which collects first). */
    private static Map<String, long[]> histogram(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        Map<String, long[]> classes = new HashMap<>();
        java.util.regex.Matcher line = java.util.regex.Pattern.compile("(?m)^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)")
                .matcher(run(jcmd, Long.toString(pid), "GC.class_histogram"));
        while (line.find()) {
            classes.put(line.group(3), new long[] {Long.parseLong(line.group(1)), Long.parseLong(line.group(2))});
        }
        return classes;
    }

    /** Where an open view's heap goes: the classes that grew most, per view. */
    private static void printGrowth(String what, Map<String, long[]> before, Map<String, long[]> after, int views) {
        long all = after.values().stream().mapToLong(c -> c[1]).sum() - before.values().stream().mapToLong(c -> c[1]).sum();
        System.out.printf(Locale.ROOT, "Heap growth per %s, live objects of all classes: %.0f KB; by class (instances, bytes):%n",
                what, all / 1024.0 / views);
        after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {e.getValue()[0] - before.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - before.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted((x, y) -> Long.compare(y.getValue()[1], x.getValue()[1])).limit(HISTOGRAM)
                .forEach(e -> System.out.printf(Locale.ROOT, "  %10.1f %10.0f B  %s%n", e.getValue()[0] / (double) views,
                        e.getValue()[1] / (double) views, e.getKey()));
    }

    /**
     * The server's used heap in bytes after a full collection, through the JDK's jcmd. A full collection leaves G1's
     * young regions empty, so what is in them when the heap is read a moment later was allocated since, by requests
     * still under way (after the last group-layer view, up to 15 MB: three quarters of a view's figure in a run of 20);
     * it is not counted.
     */
    private static long usedHeapAfterGc(long pid) throws Exception {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        run(jcmd, Long.toString(pid), "GC.run");
        String info = run(jcmd, Long.toString(pid), "GC.heap_info");
        java.util.regex.Matcher used = java.util.regex.Pattern.compile("total \\d+K, used (\\d+)K").matcher(info);
        java.util.regex.Matcher young = java.util.regex.Pattern.compile("region size (\\d+)K, (\\d+) young").matcher(info);
        assertThat(used.find()).as(info).isTrue();
        // Only G1 names its regions; another collector's figure is taken as it is.
        long sinceGc = young.find() ? Long.parseLong(young.group(1)) * Long.parseLong(young.group(2)) : 0;
        if (HISTOGRAM > 0) {
            System.out.printf(Locale.ROOT, "heap after GC: used %s KB, of which %d KB allocated since (young)%n",
                    used.group(1), sinceGc);
        }
        return (Long.parseLong(used.group(1)) - sinceGc) * 1024;
    }

    private static String run(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }

    // ---- 6. Assessment, agreement and scores over 100,000 annotations ------------------------------------------

    /**
     * The group's coding grows to 100,000 annotations (30 coders, batches of 1,000) and the case gets a gold coding of
     * {@link #GOLD_SPANS} spans; then the instructor asks for the assessment, the agreement of all 30 coders on one
     * code, and everyone's scores against gold (overlap rule). Each figure is the time of the whole request, 5 times.
     */
    private void analyticsFigures(String instructor) throws Exception {
        List<String> tokens = groupWithCoding(instructor);
        int have = call("GET", "/api/cases/" + caseId + "/annotations?scope=all", instructorToken(instructor), null).json.size();
        Random random = new Random(100);
        String[] codes = {"concession", "demand", "signal"};
        for (int i = 0; have < ANALYTICS_ANNOTATIONS; i++) {
            int n = Math.min(1_000, ANALYTICS_ANNOTATIONS - have);
            List<Map<String, Object>> items = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                JsonNode p = passages.get(random.nextInt(passages.size()));
                items.add(withValence(annotation(p, random.nextInt(10_000), 5 + random.nextInt(40),
                        codes[random.nextInt(codes.length)])));
            }
            Reply r = call("POST", "/api/cases/" + caseId + "/annotations:batch", tokens.get(i % tokens.size()), items);
            assertThat(r.status).as(r.body).isEqualTo(201);
            have += n;
        }
        String token = instructorToken(instructor);
        for (int g = 0; g < GOLD_SPANS; g++) {
            JsonNode p = passages.get(random.nextInt(passages.size()));
            Reply r = call("POST", "/api/cases/" + caseId + "/annotations?layer=gold", token,
                    withValence(annotation(p, random.nextInt(10_000), 5 + random.nextInt(40), codes[g % codes.length])));
            assertThat(r.status).as(r.body).isIn(201, 409);
        }
        String coders = String.join(",", groupCoders);
        Map<String, String> asks = new LinkedHashMap<>();
        asks.put("Assessment of everyone's coding over 100,000 annotations (`GET …/assessment?source=all`)",
                "/api/cases/" + caseId + "/assessment?source=all");
        asks.put("Agreement of 30 coders on one code over 100,000 annotations (`GET …/agreement?code=concession`)",
                "/api/cases/" + caseId + "/agreement?code=concession&coders=" + coders);
        asks.put("Scores of 30 coders against gold over 100,000 annotations (`GET …/scores?match=overlap`)",
                "/api/cases/" + caseId + "/scores?match=overlap");
        for (Map.Entry<String, String> ask : asks.entrySet()) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                long t0 = System.nanoTime();
                Reply r = call("GET", ask.getValue(), token, null);
                assertThat(r.status).as(ask.getKey() + ": " + r.body).isEqualTo(200);
                if (i > 0) {
                    times.add((System.nanoTime() - t0) / 1e6);
                }
            }
            boolean ok = percentile(times, 50) <= 1_000;
            row(ask.getKey(), times, "≤ 1,000 ms", ok);
            check(ask.getKey(), ok);
        }
    }

    /** Signals carry a valence (the codebook requires one). */
    private static Map<String, Object> withValence(Map<String, Object> annotation) {
        if ("signal".equals(annotation.get("code"))) {
            annotation.put("valence", "positive");
        }
        return annotation;
    }

    private String instructorTokenValue;

    private String instructorToken(String instructor) throws Exception {
        if (instructorTokenValue == null) {
            Reply token = call("POST", "/api/tokens", instructor, Map.of("name", "benchmark"));
            assertThat(token.status).as(token.body).isEqualTo(201);
            instructorTokenValue = "Bearer " + token.json.get("token").asText();
        }
        return instructorTokenValue;
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
            page.evaluate("() => performance.setResourceTimingBufferSize(100000)");
            page.evaluate("() => { document.addEventListener('keydown', e => { if (e.key === 'Enter' && e.ctrlKey) window.__t0 = performance.now(); }, true);"
                    + " document.addEventListener('click', () => { window.__t0 = performance.now(); }, true); }");
            Locator all = page.locator("kasus-passage");
            int count = Math.min(all.count(), 40);
            Map<String, long[]> histogramBefore = HISTOGRAM > 0 ? histogram(server.pid()) : Map.of();
            CDPSession profiler = null;
            if (System.getProperty("kasus.benchmark.cpuprofile") != null && ONLY.equals(Set.of("roundtrip"))) {
                profiler = context.newCDPSession(page);
                profiler.send("Profiler.enable");
                profiler.send("Profiler.setSamplingInterval", jsonObject("interval", 200));
                profiler.send("Profiler.start");
            }
            List<Double> saves = new ArrayList<>();
            List<Double> floor = new ArrayList<>();
            List<List<Double>> splits = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
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
                    // Polled once per frame, as the coding below: both figures end at the frame that shows the answer.
                    double t1 = ((Number) page.waitForFunction("b => document.querySelector('#coding-code').helperText !== b ? performance.now() : 0",
                            before).jsonValue()).doubleValue();
                    floor.add(t1 - ((Number) page.evaluate("() => window.__t0")).doubleValue());
                    app.kasus.testsupport.VaadinClient.settle(page);
                }
                int had = ((Number) passage.evaluate("e => e.highlights.length")).intValue();
                page.locator("#coding-save").focus();
                page.keyboard().press("Control+Enter");
                double t1 = ((Number) passage.evaluate("(e, n) => new Promise(res => { const f = () => e.highlights.length > n"
                        + " && e.querySelector('.hl') ? res(performance.now()) : requestAnimationFrame(f); f(); })", had)).doubleValue();
                saves.add(t1 - ((Number) page.evaluate("() => window.__t0")).doubleValue());
                if (!ONLY.isEmpty()) { // where a coding's time goes: before the request, the server, after the answer
                    @SuppressWarnings("unchecked")
                    List<Number> split = (List<Number>) page.evaluate("t1 => { const e = performance.getEntriesByType('resource')"
                            + ".filter(x => x.name.includes('v-r=uidl') && x.startTime >= window.__t0).shift();"
                            + " return e ? [e.requestStart - window.__t0, e.responseStart - e.requestStart, t1 - e.responseEnd] : [0, 0, 0]; }", t1);
                    for (int k = 0; k < 3; k++) {
                        splits.get(k).add(split.get(k).doubleValue());
                    }
                }
                page.locator("#coding-save").waitFor(new Locator.WaitForOptions().setState(WaitForSelectorState.HIDDEN));
            }
            if (profiler != null) {
                Files.writeString(Path.of(System.getProperty("kasus.benchmark.cpuprofile")),
                        profiler.send("Profiler.stop").get("profile").toString());
            }
            if (!ONLY.isEmpty()) {
                System.out.printf(Locale.ROOT, "round trip, median / p95: key press to request %.0f / %.0f ms, server %.0f / %.0f ms,"
                                + " answer to drawn %.0f / %.0f ms%n", percentile(splits.get(0), 50), percentile(splits.get(0), 95),
                        percentile(splits.get(1), 50), percentile(splits.get(1), 95), percentile(splits.get(2), 50), percentile(splits.get(2), 95));
            }
            if (HISTOGRAM > 0) { // what one reading view keeps of each coding
                printGrowth("coding in one open view", histogramBefore, histogram(server.pid()), ROUND_TRIPS);
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
        section.add("Server: `" + launchedAs + " --spring.profiles.active=demo` (" + launchMode + "), its own process on a "
                + "fresh H2 file database in a temporary directory.");
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
