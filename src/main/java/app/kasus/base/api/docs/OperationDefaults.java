package app.kasus.base.api.docs;

import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * What every operation gets without annotations, so a controller added later is described too: a tag naming its
 * feature (the package under {@code app.kasus}) unless the controller has its own {@code @Tag}, a summary made from
 * the method name unless it has an {@code @Operation} summary, and an operation id that is stable and readable
 * ({@code groupApi.create} rather than springdoc's numbered {@code create_2}); handlers told apart by a parameter
 * are described together ({@link ParameterVariants}). Every tag used is listed, described.
 */
@Component
class OperationDefaults implements OperationCustomizer, OpenApiCustomizer {

    private static final String ROOT = "app.kasus.";

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    OperationDefaults(@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    /** Parameters that mean the same wherever they appear, described once; an endpoint's own description wins. */
    static final Map<String, String> COMMON_PARAMETERS = Map.of(
            "caseId", "The case's id",
            "id", "The id of the resource the path names",
            "annotationId", "A coder annotation's id",
            "username", "An account's username (compared without regard to case)",
            "version", "The version read: the change is refused with 409 when it is stale; leave out to skip the check",
            "coders", "Usernames, comma-separated; by default everyone who coded the case (a student: themself)",
            "code", "A code's key from the case's codebook",
            "source", "Whose coding: `me` (default), `user:<name>`, `group:<name>`, `all`, `majority`, "
                    + "`majority:group:<name>` or `gold`",
            "match", "`overlap` (default) or `exact`");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        Class<?> controller = handler.getBeanType();
        if (!AnnotatedElementUtils.hasAnnotation(controller, Tag.class)) {
            operation.setTags(List.of(feature(controller)));
        }
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(words(handler.getMethod().getName()));
        }
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> p.getDescription() == null || p.getDescription().isBlank())
                    .forEach(p -> p.setDescription(COMMON_PARAMETERS.get(p.getName())));
        }
        String simpleName = controller.getSimpleName();
        operation.setOperationId(Character.toLowerCase(simpleName.charAt(0)) + simpleName.substring(1) + "."
                + handler.getMethod().getName());
        ParameterVariants.describe(operation, handler, mappings.getObject().getHandlerMethods());
        return operation;
    }

    /** {@code app.kasus.interchange.refiqda.api.X} → "Interchange". */
    static String feature(Class<?> controller) {
        String name = controller.getPackageName();
        String rest = name.startsWith(ROOT) ? name.substring(ROOT.length()) : name;
        String first = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return first.isEmpty() ? "Other" : Character.toUpperCase(first.charAt(0)) + first.substring(1);
    }

    /** {@code importQdpx} → "Import qdpx". */
    static String words(String methodName) {
        String spaced = methodName.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    @Override
    public void customise(OpenAPI openApi) {
        Set<String> used = new TreeSet<>();
        openApi.getPaths().values().forEach(item -> item.readOperations()
                .forEach(operation -> used.addAll(Objects.requireNonNullElse(operation.getTags(), List.of()))));
        List<io.swagger.v3.oas.models.tags.Tag> tags = new ArrayList<>(
                Objects.requireNonNullElse(openApi.getTags(), List.of()));
        tags.removeIf(tag -> !used.contains(tag.getName()));
        used.stream().filter(name -> tags.stream().noneMatch(tag -> tag.getName().equals(name)))
                .forEach(name -> tags.add(new io.swagger.v3.oas.models.tags.Tag().name(name)
                        .description("The calls of the " + name.toLowerCase(Locale.ROOT) + " feature")));
        tags.sort(Comparator.comparing(io.swagger.v3.oas.models.tags.Tag::getName));
        openApi.setTags(tags);
    }
}
