package app.kasus.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The MUST assertions of the W3C Web Annotation test suite ({@code annotationMusts.test}), run with a JSON Schema
 * validator over one annotation. The schemas are copied into the test resources (see their README): a clean clone
 * has no shared standards folder.
 */
public final class WebAnnotationMusts {

    private static final String FOLDER = "w3c/web-annotation/";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, Schema> ASSERTIONS = load();

    private WebAnnotationMusts() {
    }

    /** Every assertion the annotation fails, as "assertion file: the suite's error message (validator details)". */
    public static List<String> violations(JsonNode annotation) {
        List<String> failed = new ArrayList<>();
        ASSERTIONS.forEach((file, schema) -> {
            List<Error> errors = schema.validate(annotation);
            if (!errors.isEmpty()) {
                failed.add(file + ": " + schema.getSchemaNode().path("errorMessage").asText() + " " + errors);
            }
        });
        return failed;
    }

    public static int assertionCount() {
        return ASSERTIONS.size();
    }

    private static Map<String, Schema> load() {
        // The suite's own bookkeeping keys, and a "$ref " with a stray space in specificResource.json that the
        // suite's harness ignores too: known to the dialect, so the validator neither warns nor checks them.
        Dialect draft4 = Dialect.builder(Dialects.getDraft4())
                .keywords(Stream.of("assertionType", "expectedResult", "onUnexpectedResult", "errorMessage", "$ref ")
                        .map(NonValidationKeyword::new).toList())
                .build();
        SchemaRegistry registry = SchemaRegistry.withDialect(draft4);
        Map<String, Schema> schemas = new LinkedHashMap<>();
        try (InputStream test = resource("annotationMusts.test")) {
            for (JsonNode path : JSON.readTree(test).get("assertions")) {
                String file = path.asText().substring(path.asText().lastIndexOf('/') + 1);
                Schema schema = registry.getSchema(SchemaLocation.of("classpath:" + FOLDER + file));
                schema.initializeValidators();
                schemas.put(file, schema);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return schemas;
    }

    private static InputStream resource(String name) {
        InputStream in = WebAnnotationMusts.class.getClassLoader().getResourceAsStream(FOLDER + name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + FOLDER + name);
        }
        return in;
    }
}
