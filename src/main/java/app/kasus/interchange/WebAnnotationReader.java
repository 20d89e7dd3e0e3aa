package app.kasus.interchange;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Web Annotations as {@link WebAnnotations} writes them, and tolerates what other clients write: a single
 * annotation, an array, an {@code AnnotationCollection} with its first page embedded, or an {@code AnnotationPage};
 * a body or target given as one object or an array; the code in a {@code classifying} body or, failing that, in a
 * plain tag.
 */
final class WebAnnotationReader {

    /** One annotation as read; {@code passageId} only when the target names a passage of ours. */
    record Item(String id, String source, Long passageId, QuoteMatcher.Selectors selectors, String code, String actor,
                String addressee, Integer stage, String valence, String eventDate, String note, String respondsTo) {
    }

    /** Where the item failed to read: {@code field} names the JSON key. */
    record Problem(String field, String message) {
    }

    private static final Pattern OUR_PASSAGE = Pattern.compile("/api/cases/(\\d+)/passages/(\\d+)$");

    private WebAnnotationReader() {
    }

    /** The annotations of the document, in order; a shape that holds none is an error naming what was expected. */
    static List<JsonNode> items(JsonNode document) {
        if (document == null || document.isNull() || document.isMissingNode()) {
            throw new IllegalArgumentException(
                    "missing: send an Annotation, an array of them or an AnnotationCollection");
        }
        if (document.isArray()) {
            List<JsonNode> items = new ArrayList<>();
            document.forEach(items::add);
            return items;
        }
        if (!document.isObject()) {
            throw new IllegalArgumentException("expected a JSON object or array");
        }
        if (hasType(document, "AnnotationCollection")) {
            JsonNode first = document.get("first");
            if (first != null && first.isObject()) {
                return items(first.path("items"));
            }
            if (document.has("items")) {
                return items(document.get("items"));
            }
            throw new IllegalArgumentException("the AnnotationCollection must embed its first page with items");
        }
        if (hasType(document, "AnnotationPage")) {
            return items(document.path("items"));
        }
        if (hasType(document, "Annotation")) {
            return List.of(document);
        }
        throw new IllegalArgumentException("type: expected Annotation, AnnotationPage or AnnotationCollection");
    }

    /** Reads one item; the caseId tells which passage URLs are ours. */
    static Item read(JsonNode node, long caseId) {
        if (!node.isObject()) {
            throw new ProblemException(new Problem("item", "must be a JSON object (an Annotation)"));
        }
        if (!hasType(node, "Annotation")) {
            throw new ProblemException(new Problem("type", "must be Annotation"));
        }
        JsonNode target = first(node.get("target"));
        if (target == null) {
            throw new ProblemException(new Problem("target", "required"));
        }
        String source = target.isTextual() ? target.asText() : text(target.get("source"));
        if (source == null) {
            throw new ProblemException(new Problem("target.source", "required"));
        }
        Long passageId = null;
        Matcher ours = OUR_PASSAGE.matcher(source);
        if (ours.find() && Long.parseLong(ours.group(1)) == caseId) {
            passageId = Long.parseLong(ours.group(2));
        }
        String exact = null;
        String prefix = null;
        String suffix = null;
        Integer start = null;
        Integer end = null;
        for (JsonNode selector : list(target.get("selector"))) {
            if (hasType(selector, "TextQuoteSelector")) {
                exact = text(selector.get("exact"));
                prefix = text(selector.get("prefix"));
                suffix = text(selector.get("suffix"));
            } else if (hasType(selector, "TextPositionSelector")) {
                start = integer(selector, "start");
                end = integer(selector, "end");
            }
        }
        String code = null;
        String looseTag = null;
        String actor = null;
        String addressee = null;
        Integer stage = null;
        String valence = null;
        String eventDate = null;
        String note = null;
        String respondsTo = null;
        List<JsonNode> bodies = list(node.get("body"));
        if (node.hasNonNull("bodyValue")) {
            note = node.get("bodyValue").asText();
        }
        for (JsonNode body : bodies) {
            if (hasPurpose(body, "linking")) {
                respondsTo = text(body.get("source"));
                continue;
            }
            String value = text(body.get("value"));
            if (value == null) {
                continue;
            }
            if (hasPurpose(body, "classifying")) {
                code = value;
            } else if (hasPurpose(body, "tagging")) {
                int colon = value.indexOf(':');
                String name = colon < 0 ? "" : value.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                String tagged = colon < 0 ? value.strip() : value.substring(colon + 1).strip();
                switch (name) {
                    case WebAnnotations.ACTOR -> actor = tagged;
                    case WebAnnotations.ADDRESSEE -> addressee = tagged;
                    case WebAnnotations.STAGE -> stage = stage(tagged);
                    case WebAnnotations.VALENCE -> valence = tagged;
                    case WebAnnotations.EVENT_DATE -> eventDate = tagged;
                    default -> looseTag = looseTag == null ? value.strip() : looseTag;
                }
            } else if (hasPurpose(body, "commenting") || !body.has("purpose")) {
                note = value;
            }
        }
        return new Item(text(node.get("id")), source, passageId, new QuoteMatcher.Selectors(exact, prefix, suffix,
                start, end), code != null ? code : looseTag, actor, addressee, stage, valence, eventDate, note,
                respondsTo);
    }

    /** Not a number: a stage the validator refuses, so the caller learns the allowed values. */
    private static Integer stage(String value) {
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Integer integer(JsonNode selector, String key) {
        JsonNode value = selector.get(key);
        if (value == null || !value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new ProblemException(new Problem("target.selector." + key,
                    "a TextPositionSelector needs whole-number start and end"));
        }
        return value.intValue();
    }

    static boolean hasType(JsonNode node, String type) {
        return contains(node.get("type"), type) || contains(node.get("@type"), type);
    }

    private static boolean hasPurpose(JsonNode node, String purpose) {
        return contains(node.get("purpose"), purpose);
    }

    private static boolean contains(JsonNode value, String wanted) {
        if (value == null) {
            return false;
        }
        if (value.isArray()) {
            for (JsonNode v : value) {
                if (wanted.equals(v.asText())) {
                    return true;
                }
            }
            return false;
        }
        return wanted.equals(value.asText());
    }

    private static JsonNode first(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isArray() ? (value.isEmpty() ? null : value.get(0)) : value;
    }

    private static List<JsonNode> list(JsonNode value) {
        List<JsonNode> list = new ArrayList<>();
        if (value == null || value.isNull()) {
            return list;
        }
        if (value.isArray()) {
            value.forEach(list::add);
        } else {
            list.add(value);
        }
        return list;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    /** A malformed item, caught per item so every bad item is named. */
    static final class ProblemException extends RuntimeException {

        private final Problem problem;

        ProblemException(Problem problem) {
            super(problem.message());
            this.problem = problem;
        }

        Problem problem() {
            return problem;
        }
    }
}
