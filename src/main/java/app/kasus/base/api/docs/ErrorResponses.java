package app.kasus.base.api.docs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * The statuses every endpoint can answer, written once for all of them, including controllers added later: what the
 * security chain, the filters and {@code base.api.ApiExceptionHandler} answer follows from the path, the method and
 * the parameters, not from each controller. Every error carries the one shape, {@code {"error": "…"}}. A controller
 * documents only what is its own (a 409 for locked coding, a richer 400 body); its wording is kept.
 */
@Component
class ErrorResponses implements OpenApiCustomizer {

    static final String ERROR_REF = "#/components/schemas/" + OpenApiDocument.ERROR_SCHEMA;

    @Override
    public void customise(OpenAPI openApi) {
        Components components = openApi.getComponents();
        if (components.getSchemas() == null || !components.getSchemas().containsKey(OpenApiDocument.ERROR_SCHEMA)) {
            components.addSchemas(OpenApiDocument.ERROR_SCHEMA, OpenApiDocument.errorSchema());
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap()
                .forEach((method, operation) -> document(path, method, operation, components)));
    }

    private static void document(String path, PathItem.HttpMethod method, Operation operation, Components components) {
        ApiResponses responses = Optional.ofNullable(operation.getResponses()).orElseGet(ApiResponses::new);
        operation.setResponses(responses);
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        boolean write = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;

        if (body || parameters) {
            add(responses, "400", "Invalid input: an id that is not plain decimal digits, a parameter or a body field "
                    + "that is missing or wrong (the message names it), or a body that is not JSON of this shape");
        }
        ApiResponse unauthorized = add(responses, "401", "Not signed in: no credentials, or wrong ones");
        if (unauthorized.getHeaders() == null || !unauthorized.getHeaders().containsKey("WWW-Authenticate")) {
            unauthorized.addHeaderObject("WWW-Authenticate", new Header().description("How to authenticate")
                    .schema(new StringSchema().example("Basic realm=\"Kasus\"")));
        }
        add(responses, "403", "Signed in but not allowed: the caller's role may not do this, the account must first "
                + "replace its one-time password (PUT /api/account/password)"
                + (write ? ", or a browser session sent no valid CSRF token" : ""));
        if (path.contains("{")) {
            add(responses, "404", "No such resource, or one the caller may not see");
        }
        add(responses, "406", "The Accept header names no type this call answers with");
        if (write) {
            // Any write can meet a concurrent one (base.PersistenceTranslation); a controller's own 409 comes first.
            boolean change = method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.DELETE;
            String concurrent = change && versioned(operation, components)
                    ? "Stale version: changed or deleted by someone else since it was read, or a conflicting change "
                      + "made meanwhile"
                    : "Conflicts with a change made meanwhile; reload and try again";
            ApiResponse conflict = add(responses, "409", concurrent);
            if (!conflict.getDescription().contains(concurrent)) {
                conflict.setDescription(conflict.getDescription() + ". Also: " + concurrent);
            }
        }
        if (body) {
            add(responses, "415", "The Content-Type is missing, a wildcard, malformed or not one this call reads");
        }
        // springdoc gives an annotated error without its own content the method's return type; errors are never that.
        responses.forEach((status, response) -> {
            if (status.startsWith("4") && !errorShaped(response, components)) {
                response.setContent(new Content().addMediaType(org.springframework.http.MediaType.APPLICATION_JSON_VALUE,
                        new MediaType().schema(new Schema<>().$ref(ERROR_REF))));
            }
        });
        operation.setResponses(sorted(responses));
        if (write) {
            operation.setSecurity(OpenApiDocument.WRITE);
        }
    }

    /** An existing response keeps its description: the controller said it more precisely. */
    private static ApiResponse add(ApiResponses responses, String status, String description) {
        return responses.computeIfAbsent(status, s -> new ApiResponse().description(description));
    }

    /** A change that sends the version it read (a parameter or a body field) is refused when that version is stale. */
    private static boolean versioned(Operation operation, Components components) {
        if (operation.getParameters() != null
                && operation.getParameters().stream().anyMatch(p -> "version".equals(p.getName()))) {
            return true;
        }
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return false;
        }
        return operation.getRequestBody().getContent().values().stream()
                .map(MediaType::getSchema)
                .map(schema -> resolve(schema, components))
                .anyMatch(schema -> schema != null && schema.getProperties() != null
                        && schema.getProperties().containsKey("version"));
    }

    /** A controller's own error body (e.g. a rejected batch naming every item) keeps the {@code error} field. */
    private static boolean errorShaped(ApiResponse response, Components components) {
        return response.getContent() != null && !response.getContent().isEmpty()
                && response.getContent().values().stream().map(MediaType::getSchema)
                .map(schema -> resolve(schema, components))
                .allMatch(schema -> schema != null && schema.getProperties() != null
                        && schema.getProperties().containsKey("error"));
    }

    private static Schema<?> resolve(Schema<?> schema, Components components) {
        if (schema == null || schema.get$ref() == null || components == null || components.getSchemas() == null) {
            return schema;
        }
        return components.getSchemas().get(schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1));
    }

    private static ApiResponses sorted(ApiResponses responses) {
        ApiResponses ordered = new ApiResponses();
        Map<String, ApiResponse> byStatus = new TreeMap<>(responses);
        byStatus.forEach(ordered::addApiResponse);
        return ordered;
    }
}
