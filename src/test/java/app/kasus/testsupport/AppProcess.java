package app.kasus.testsupport;

import app.kasus.Application;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The application as a child JVM on the test classpath, as a deployment runs it: its own static state (security
 * context, Vaadin), settings from arguments and the environment. Several of them make a cluster.
 */
public final class AppProcess implements AutoCloseable {

    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    private final Process process;
    private final int port;

    private AppProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts it and waits until it accepts requests (demo data seeded). */
    public static AppProcess start(Map<String, String> environment, String... arguments) throws Exception {
        String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"), Application.class.getName(),
                "--server.port=0", "--vaadin.launch-browser=false",
                "--kasus.password.bcrypt-strength=" + KasusIntegrationTest.BCRYPT_STRENGTH,
                // Logs when the runners are done and requests are served: "Started" is too early.
                "--logging.level.org.springframework.boot.availability=DEBUG"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        CompletableFuture<Integer> port = new CompletableFuture<>();
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
                    if (!port.isDone() && (line.contains("ERROR") || line.contains("Exception"))) {
                        System.err.println("[app " + process.pid() + "] " + line);
                    }
                }
                port.completeExceptionally(new IllegalStateException("the application exited before it started"));
            } catch (IOException e) {
                port.completeExceptionally(e);
            }
        }, "app-process-output");
        reader.setDaemon(true);
        reader.start();
        try {
            return new AppProcess(process, port.get(240, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw e;
        }
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** Ends it as a crash or {@code kill -9} does: no shutdown, only what was already written survives. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops it as a deployer's service manager does (SIGTERM: Spring shuts down in order), forcibly if it hangs. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
