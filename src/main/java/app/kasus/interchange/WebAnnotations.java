package app.kasus.interchange;

import app.kasus.annotation.AnnotationData;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Kasus coding in the W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/). An annotation's
 * motivation is {@code classifying}; its first body, a {@code TextualBody} with purpose {@code classifying}, holds
 * the code; the other coded fields follow as {@code tagging} bodies of the form {@code name:value} (actor, addressee,
 * stage, valence, event_date), which any Web Annotation client shows as tags; the note is a {@code commenting} body,
 * and the annotation it responds to a {@code linking} {@code SpecificResource}. The target is the passage, selected
 * by a {@code TextQuoteSelector} and a {@code TextPositionSelector} (positions in Unicode code points, as the model
 * requires).
 */
final class WebAnnotations {

    static final String CONTEXT = "http://www.w3.org/ns/anno.jsonld";
    static final String MEDIA_TYPE = "application/ld+json; profile=\"" + CONTEXT + "\"";
    /** How much text around the quote a TextQuoteSelector carries to tell repeated quotes apart. */
    static final int CONTEXT_CHARS = 32;

    static final String ACTOR = "actor";
    static final String ADDRESSEE = "addressee";
    static final String STAGE = "stage";
    static final String VALENCE = "valence";
    static final String EVENT_DATE = "event_date";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private WebAnnotations() {
    }

    static String annotationUrl(String baseUrl, long id) {
        return baseUrl + "/api/annotations/" + id;
    }

    static String passageUrl(String baseUrl, long caseId, long passageId) {
        return baseUrl + "/api/cases/" + caseId + "/passages/" + passageId;
    }

    /** All items embedded in the collection's one page: an export is read whole, not paged through. */
    static ObjectNode collection(long caseId, String scope, List<ExportedAnnotation> rows, String baseUrl) {
        String id = baseUrl + "/api/cases/" + caseId + "/export?format=jsonld&scope=" + scope;
        ObjectNode collection = JSON.objectNode();
        collection.putArray("@context").add(CONTEXT);
        collection.put("id", id);
        collection.put("type", "AnnotationCollection");
        collection.put("label", "Kasus case " + caseId + ", coding " + scope);
        collection.put("total", rows.size());
        ObjectNode page = collection.putObject("first");
        page.put("id", id + "&page=0");
        page.put("type", "AnnotationPage");
        page.put("partOf", id);
        page.put("startIndex", 0);
        ArrayNode items = page.putArray("items");
        rows.forEach(row -> items.add(annotation(row, baseUrl)));
        return collection;
    }

    static ObjectNode annotation(ExportedAnnotation row, String baseUrl) {
        AnnotationData a = row.annotation();
        ObjectNode item = JSON.objectNode();
        item.put("@context", CONTEXT);
        item.put("id", annotationUrl(baseUrl, a.id()));
        item.put("type", "Annotation");
        item.put("motivation", "classifying");
        ArrayNode bodies = item.putArray("body");
        bodies.add(textual("classifying", a.code()));
        bodies.add(textual("tagging", ACTOR + ":" + a.actor()));
        bodies.add(textual("tagging", ADDRESSEE + ":" + a.addressee()));
        bodies.add(textual("tagging", STAGE + ":" + a.stage()));
        if (a.valence() != null) {
            bodies.add(textual("tagging", VALENCE + ":" + a.valence()));
        }
        if (a.eventDate() != null) {
            bodies.add(textual("tagging", EVENT_DATE + ":" + a.eventDate()));
        }
        if (a.note() != null) {
            bodies.add(textual("commenting", a.note()));
        }
        if (a.respondsTo() != null) {
            ObjectNode link = bodies.addObject();
            link.put("type", "SpecificResource");
            link.put("purpose", "linking");
            link.put("source", annotationUrl(baseUrl, a.respondsTo()));
        }
        item.set("target", target(row, baseUrl));
        ObjectNode creator = item.putObject("creator");
        creator.put("id", baseUrl + "/api/users/" + a.author());
        creator.put("type", "Person");
        creator.put("name", row.coderName());
        creator.put("nickname", a.author());
        if (a.created() != null) {
            item.put("created", a.created().toString());
        }
        if (a.modified() != null) {
            item.put("modified", a.modified().toString());
        }
        return item;
    }

    private static ObjectNode textual(String purpose, String value) {
        ObjectNode body = JSON.objectNode();
        body.put("type", "TextualBody");
        body.put("purpose", purpose);
        body.put("value", value);
        body.put("format", "text/plain");
        return body;
    }

    private static ObjectNode target(ExportedAnnotation row, String baseUrl) {
        AnnotationData a = row.annotation();
        String text = row.passage().text();
        ObjectNode target = JSON.objectNode();
        target.put("type", "SpecificResource");
        target.put("source", passageUrl(baseUrl, a.caseId(), a.passageId()));
        ArrayNode selectors = target.putArray("selector");
        ObjectNode quote = selectors.addObject();
        quote.put("type", "TextQuoteSelector");
        quote.put("exact", text.substring(a.start(), a.end()));
        quote.put("prefix", text.substring(backBy(text, a.start()), a.start()));
        quote.put("suffix", text.substring(a.end(), forwardBy(text, a.end())));
        ObjectNode position = selectors.addObject();
        position.put("type", "TextPositionSelector");
        position.put("start", row.startCodePoint());
        position.put("end", row.endCodePoint());
        return target;
    }

    /** Up to {@link #CONTEXT_CHARS} code points before {@code index}, never splitting a surrogate pair. */
    private static int backBy(String text, int index) {
        return text.offsetByCodePoints(index, -Math.min(CONTEXT_CHARS, text.codePointCount(0, index)));
    }

    private static int forwardBy(String text, int index) {
        return text.offsetByCodePoints(index, Math.min(CONTEXT_CHARS, text.codePointCount(index, text.length())));
    }
}
