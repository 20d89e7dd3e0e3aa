package app.kasus.base.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every operation the API describes in its OpenAPI document, with what it takes: path, query and header parameters
 * and the body's media type and schema (references resolved). Read from the running application, so an endpoint
 * added later is fuzzed without a change here.
 */
record ApiOperations(List<Op> all) {

    record Param(String name, String in, Schema<?> schema) {
    }

    /** {@code bodyType}/{@code body}: the first media type the operation reads and its schema; null without a body. */
    record Op(String method, String path, List<Param> parameters, String bodyType, Schema<?> body) {

        boolean write() {
            return !method.equals("GET");
        }

        /** The path segment naming what a parameter identifies: {@code annotations} for /api/annotations/{id}. */
        String segmentBefore(String parameter) {
            String[] segments = path.split("/");
            for (int i = 1; i < segments.length; i++) {
                if (segments[i].equals("{" + parameter + "}")) {
                    return segments[i - 1];
                }
            }
            return "";
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static ApiOperations parse(String document) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document, null, options);
        OpenAPI api = parsed.getOpenAPI();
        if (api == null || api.getPaths() == null) {
            throw new IllegalStateException("no OpenAPI document: " + parsed.getMessages());
        }
        List<Op> ops = new ArrayList<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            List<Param> params = new ArrayList<>();
            List<Parameter> declared = new ArrayList<>();
            Optional.ofNullable(item.getParameters()).ifPresent(declared::addAll);
            Optional.ofNullable(operation.getParameters()).ifPresent(declared::addAll);
            for (Parameter p : declared) {
                params.add(new Param(p.getName(), p.getIn(), p.getSchema()));
            }
            String bodyType = null;
            Schema<?> body = null;
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                Content content = operation.getRequestBody().getContent();
                var first = content.entrySet().iterator().next();
                bodyType = first.getKey();
                body = first.getValue().getSchema();
            }
            ops.add(new Op(method.name().toUpperCase(Locale.ROOT), path, List.copyOf(params), bodyType, body));
        }));
        return new ApiOperations(List.copyOf(ops));
    }

    Optional<Op> find(String method, String path) {
        return all.stream().filter(op -> op.method().equals(method) && op.path().equals(path)).findFirst();
    }
}
