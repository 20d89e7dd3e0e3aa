package app.kasus.base.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.TestContextManager;

/**
 * Generated hostile requests over every operation the OpenAPI document describes (paths, query parameters,
 * headers, bodies), against the one shared application: never a 5xx, every error is JSON {@code {"error": …}},
 * a refused request and any read change nothing stored, an accepted write reads back as acknowledged.
 * jqwik runs this class, not Jupiter, so Spring's test context is driven by hand; it is the same cached context the
 * other {@code @KasusIntegrationTest} classes of this JVM use.
 */
@KasusIntegrationTest
class HostileInputPropertiesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Fields a write answers differently from what was sent, by design: the version moves on with every change. */
    private static final Set<String> CHANGED_BY_WRITE = Set.of("version");

    private static TestContextManager spring;
    private static ApiFuzzer fuzzer;
    private static DatabaseState database;

    @BeforeContainer
    static void startApplication() throws Exception {
        spring = new TestContextManager(HostileInputPropertiesIT.class);
        spring.beforeTestClass();
        ApplicationContext app = spring.getTestContext().getApplicationContext();
        int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
        database = new DatabaseState(app.getBean(DataSource.class));
        fuzzer = new ApiFuzzer(port);
    }

    @AfterContainer
    static void cleanUp() throws Exception {
        try {
            if (fuzzer != null) {
                fuzzer.cleanUp();
            }
        } finally {
            spring.afterTestClass();
        }
    }

    @Provide
    Arbitrary<FuzzRequest> requests() {
        return fuzzer.requests();
    }

    @Property(tries = 300, shrinking = ShrinkingMode.BOUNDED, maxDiscardRatio = 1)
    void everyRequestIsAnsweredAndOnlyAcceptedWritesChangeAnything(@ForAll("requests") FuzzRequest request) {
        Map<String, String> before = database.fingerprint();
        ApiFuzzer.Sent sent = fuzzer.send(request);
        Statistics.label("status").collect(sent.status() / 100 + "xx");
        Statistics.label("operation").collect(request.op().toString());

        assertThat(sent.status()).as("status of %s → %s", request, sent.responseBody()).isLessThan(500);
        if (sent.status() >= 400) {
            assertError(sent);
            assertThat(database.fingerprint()).as("what the refused %s left", request).isEqualTo(before);
        } else if (!request.op().write()) {
            assertThat(database.fingerprint()).as("what the read %s left", request).isEqualTo(before);
        } else {
            assertReadsBack(sent);
        }
    }

    private static void assertError(ApiFuzzer.Sent sent) {
        assertThat(sent.contentType()).as("type of the error %s → %s", sent.request(), sent.responseBody())
                .startsWith("application/json");
        JsonNode error = parse(sent);
        assertThat(error.path("error").isTextual()).as("error of %s → %s", sent.request(), sent.responseBody()).isTrue();
    }

    /** Every field sent comes back as sent, and what is stored is what was acknowledged. */
    private static void assertReadsBack(ApiFuzzer.Sent sent) {
        if (!sent.contentType().startsWith("application/json") || sent.responseBody().isBlank()) {
            return;
        }
        JsonNode acknowledged = parse(sent);
        if (!acknowledged.isObject()) {
            return;
        }
        if (sent.body() != null && sent.body().isObject()) {
            assertSameFields(sent.body(), acknowledged, "acknowledged " + sent.request());
        }
        Optional<String> path = ApiFuzzer.readBackPath(sent, acknowledged);
        if (path.isPresent()) {
            Optional<JsonNode> stored = fuzzer.stored(sent.request().caller(), path.get());
            assertThat(stored).as("%s read back after %s", path.get(), sent.request()).isPresent();
            assertSameFields(acknowledged, stored.get(), "stored " + sent.request());
        }
    }

    /** Each field of {@code expected} that {@code actual} also has holds the same value (numbers by value). */
    private static void assertSameFields(JsonNode expected, JsonNode actual, String what) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = expected.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode other = actual.get(field.getKey());
            if (other == null || CHANGED_BY_WRITE.contains(field.getKey())) {
                continue;
            }
            JsonNode value = field.getValue();
            boolean same = value.isNumber() && other.isNumber()
                    ? value.decimalValue().compareTo(other.decimalValue()) == 0
                    : value.equals(other);
            assertThat(same).as("%s: %s is %s, was %s", what, field.getKey(), other, value).isTrue();
        }
    }

    private static JsonNode parse(ApiFuzzer.Sent sent) {
        try {
            return JSON.readTree(sent.responseBody());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + sent.request() + " → " + sent.responseBody(), e);
        }
    }
}
