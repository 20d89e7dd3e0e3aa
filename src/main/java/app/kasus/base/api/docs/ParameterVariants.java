package app.kasus.base.api.docs;

import io.swagger.v3.oas.models.Operation;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;

/**
 * Handlers that share a path and method and are told apart by a query parameter (say {@code format=csv} and
 * {@code format=jsonld} on one export path) make a single OpenAPI operation, and springdoc keeps one handler's summary
 * for it. Each of them gets the same summary and id instead, and a description naming every variant.
 */
final class ParameterVariants {

    private record Variant(Set<String> params, String summary) {
    }

    private ParameterVariants() {
    }

    static void describe(Operation operation, HandlerMethod handler, Map<RequestMappingInfo, HandlerMethod> all) {
        RequestMappingInfo own = all.entrySet().stream().filter(e -> e.getValue().getMethod().equals(handler.getMethod()))
                .map(Map.Entry::getKey).findFirst().orElse(null);
        if (own == null) {
            return;
        }
        List<Variant> variants = all.entrySet().stream()
                .filter(e -> e.getKey().getMethodsCondition().equals(own.getMethodsCondition())
                        && !Collections.disjoint(e.getKey().getPatternValues(), own.getPatternValues()))
                .map(e -> new Variant(e.getKey().getParamsCondition().getExpressions().stream()
                        .map(Object::toString).collect(Collectors.toCollection(TreeSet::new)),
                        summary(e.getValue().getMethod())))
                .sorted(Comparator.comparing((Variant v) -> v.params().isEmpty()).thenComparing(v -> v.params().toString()))
                .toList();
        if (variants.size() < 2 || variants.stream().allMatch(v -> v.params().isEmpty())) {
            return;
        }
        String path = own.getPatternValues().iterator().next();
        String last = path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9]", " ").strip();
        String noun = last.isEmpty() || last.startsWith("{") ? "Answer" : OperationDefaults.words(last);
        String chosenBy = variants.stream().flatMap(v -> v.params().stream()).map(p -> p.split("[=!]")[0]).distinct()
                .collect(Collectors.joining(", "));
        operation.setSummary(noun + ", by " + chosenBy);
        operation.setDescription(variants.stream()
                .map(v -> "- " + (v.params().isEmpty() ? "otherwise" : "`" + String.join("&", v.params()) + "`") + ": "
                        + v.summary())
                .collect(Collectors.joining("\n")));
        operation.setOperationId(Character.toLowerCase(noun.charAt(0)) + noun.substring(1).replace(" ", "")
                + "By" + Character.toUpperCase(chosenBy.charAt(0)) + chosenBy.substring(1).replaceAll("[^A-Za-z0-9]", ""));
    }

    private static String summary(Method method) {
        io.swagger.v3.oas.annotations.Operation annotation = AnnotatedElementUtils.findMergedAnnotation(method,
                io.swagger.v3.oas.annotations.Operation.class);
        return annotation != null && !annotation.summary().isBlank() ? annotation.summary()
                : OperationDefaults.words(method.getName());
    }
}
