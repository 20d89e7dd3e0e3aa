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
    private static final SchemaRegistry REGISTRY = registry();
    private static final Map<String, Schema> ASSERTIONS = load();
    private static final List<String> COLLECTION_CHECKS = List.of(
            "annotationCollectionTypeValueFound", "labelDefinition", "totalDefinition", "firstValidIfPresent",
            "firstRequiredIfTotalMoreThanZero");
    private static final List<String> PAGE_CHECKS = List.of("annotationPageTypeValueFound", "startIndexDefinition",
            "partOfValidIfPresent", "itemsFound");

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

    /**
     * What the suite's collection definitions (section 5 of the model) require of an {@code AnnotationCollection}
     * and its embedded first page; the suite has no assertion files for collections, so its definitions serve.
     */
    public static List<String> collectionViolations(JsonNode collection) {
        List<String> failed = new ArrayList<>();
        // The context definitions describe the value of @context, not the object holding it.
        check(collection.path("@context"), List.of(collection.path("@context").isArray() ? "contextValueInArrayFound"
                : "contextValueFound"), failed);
        check(collection, COLLECTION_CHECKS, failed);
        check(collection.path("first"), PAGE_CHECKS, failed);
        return failed;
    }

    private static void check(JsonNode node, List<String> definitions, List<String> failed) {
        for (String definition : definitions) {
            List<Error> errors = REGISTRY.getSchema(SchemaLocation.of("classpath:" + FOLDER
                    + "collections.json#/definitions/" + definition)).validate(node);
            if (!errors.isEmpty()) {
                failed.add(definition + ": " + errors);
            }
        }
    }

    public static int assertionCount() {
        return ASSERTIONS.size();
    }

    private static SchemaRegistry registry() {
        // The suite's own bookkeeping keys, and a "$ref " with a stray space in specificResource.json that the
        // suite's harness ignores too: known to the dialect, so the validator neither warns nor checks them.
        Dialect draft4 = Dialect.builder(Dialects.getDraft4())
                .keywords(Stream.of("assertionType", "expectedResult", "onUnexpectedResult", "errorMessage", "$ref ")
                        .map(NonValidationKeyword::new).toList())
                .build();
        return SchemaRegistry.withDialect(draft4);
    }

    private static Map<String, Schema> load() {
        Map<String, Schema> schemas = new LinkedHashMap<>();
        try (InputStream test = resource("annotationMusts.test")) {
            for (JsonNode path : JSON.readTree(test).get("assertions")) {
                String file = path.asText().substring(path.asText().lastIndexOf('/') + 1);
                Schema schema = REGISTRY.getSchema(SchemaLocation.of("classpath:" + FOLDER + file));
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
