package app.kasus.base;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.stereotype.Component;

/**
 * Live events for several nodes on one PostgreSQL. An event goes to this node's listeners as with
 * {@link InProcessLiveEvents} and, as JSON with its record type, to the others through {@code NOTIFY}; each node
 * {@code LISTEN}s on a connection of its own (outside the pool, which hands connections to requests) and delivers
 * what the others sent. Its own notifications come back too and are dropped by node id, so nothing arrives twice.
 * Events carry ids only: each node reloads what it shows with its viewers' own rights.
 *
 * <p>A lost listening connection is opened again, waiting longer after each failure (up to
 * {@link #MAX_BACKOFF}); what others published meanwhile is not replayed, as with a page whose Push connection
 * dropped: views catch up on their next change or reload.
 */
@Component
@Conditional(OnPostgres.class)
class PostgresLiveEvents implements LiveEvents {

    static final String CHANNEL = "kasus_live";
    /** The listening connection's name in pg_stat_activity. */
    static final String APPLICATION_NAME = "kasus-live-events";
    static final Duration MAX_BACKOFF = Duration.ofSeconds(30);
    /** How long one wait for notifications lasts before the connection is checked. */
    private static final int POLL_MILLIS = 5_000;

    private static final Logger log = LoggerFactory.getLogger(PostgresLiveEvents.class);

    private final InProcessLiveEvents local = new InProcessLiveEvents();
    private final DataSource dataSource;
    private final DataSourceProperties connection;
    private final ObjectMapper json;
    private final String node;
    /** NOTIFY needs a pooled connection: never on the publisher's thread, which may hold a page's session lock. */
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> daemon(r, "live-events-notify"));
    private final Thread listener = daemon(this::listen, "live-events-listen");
    private volatile boolean running = true;
    private volatile Connection listening;

    PostgresLiveEvents(DataSource dataSource, DataSourceProperties connection, ObjectMapper json, ClusterNode node) {
        this.dataSource = dataSource;
        this.connection = connection;
        this.json = json;
        this.node = node.id();
    }

    @PostConstruct
    void start() {
        listener.start();
    }

    @PreDestroy
    void stop() {
        running = false;
        listener.interrupt();
        closeQuietly(listening);
        sender.shutdown();
    }

    @Override
    public void publish(Object event) {
        AfterCommit.run(() -> sent(event));
    }

    @Override
    public <T> Subscription subscribe(Class<T> type, Consumer<? super T> listener) {
        return local.subscribe(type, listener);
    }

    private void sent(Object event) {
        local.deliver(event);
        String payload = serialize(event);
        sender.execute(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement notify = c.prepareStatement("select pg_notify(?, ?)")) {
                notify.setString(1, CHANNEL);
                notify.setString(2, payload);
                notify.execute();
            } catch (SQLException e) {
                // This node's views have it; the others miss one update and catch up with the next.
                log.warn("Could not send {} to the other nodes: {}", event, e.getMessage());
            }
        });
    }

    String serialize(Object event) {
        ObjectNode message = json.createObjectNode();
        message.put("node", node);
        message.put("type", event.getClass().getName());
        message.set("event", json.valueToTree(event));
        return message.toString();
    }

    /** The event in a notification from another node; null for this node's own and for anything not an event. */
    Object deserialize(String payload) {
        try {
            JsonNode message = json.readTree(payload);
            if (node.equals(message.path("node").asText())) {
                return null;
            }
            String type = message.path("type").asText();
            // Only our own event records: a notification names the class it is read into.
            if (!type.startsWith("app.kasus.")) {
                return null;
            }
            Class<?> eventType = Class.forName(type, false, getClass().getClassLoader());
            return eventType.isRecord() ? json.treeToValue(message.get("event"), eventType) : null;
        } catch (Exception e) {
            log.warn("Ignored a live-event notification that is not one of ours: {}", e.getMessage());
            return null;
        }
    }

    private void listen() {
        long backoff = 500;
        while (running) {
            try (Connection c = open()) {
                listening = c;
                try (Statement listen = c.createStatement()) {
                    listen.execute("LISTEN " + CHANNEL);
                }
                log.info("Listening for live events of other nodes");
                backoff = 500;
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(POLL_MILLIS);
                    if (notifications == null || notifications.length == 0) {
                        // Nothing came: make sure the connection still stands, else the wait would go on forever.
                        try (Statement ping = c.createStatement()) {
                            ping.execute("select 1");
                        }
                        continue;
                    }
                    for (PGNotification notification : notifications) {
                        Object event = deserialize(notification.getParameter());
                        if (event != null) {
                            local.deliver(event);
                        }
                    }
                }
            } catch (SQLException e) {
                if (!running) {
                    return;
                }
                log.warn("Lost the live-events connection ({}); trying again in {} ms", e.getMessage(), backoff);
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException stopped) {
                    return;
                }
                backoff = Math.min(backoff * 2, MAX_BACKOFF.toMillis());
            }
        }
    }

    private Connection open() throws SQLException {
        Properties properties = new Properties();
        String user = connection.determineUsername();
        String password = connection.determinePassword();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        // A dead peer must end the wait (the ping above) rather than hang it.
        properties.setProperty("socketTimeout", "30");
        Connection c = DriverManager.getConnection(connection.determineUrl(), properties);
        c.setAutoCommit(true);
        return c;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // Closing on the way out; nothing to do about it.
            }
        }
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }
}
