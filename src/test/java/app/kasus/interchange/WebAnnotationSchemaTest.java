package app.kasus.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import app.kasus.cases.PassageInfo;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every shape of annotation the JSON-LD export writes passes the W3C suite's MUST assertions; an annotation that
 * breaks one fails them, so the check can fail.
 */
class WebAnnotationSchemaTest {

    static final String BASE = "http://localhost:8080";
    static final PassageInfo PASSAGE = new PassageInfo(7, 3, 1, 2, "Pendahuluan", "id",
            "Korea Utara menawarkan penutupan Yongbyon 😀 sebagai konsesi; AS menuntut lebih.", List.of());

    static ExportedAnnotation row(long id, int start, int end, String code, String valence, LocalDate eventDate,
                                  String note, Long respondsTo) {
        AnnotationData a = new AnnotationData(id, 3, 7, start, end, PASSAGE.text().substring(start, end), code, "DPRK",
                "US", 2, valence, eventDate, note, respondsTo, "siti", 0, Instant.parse("2026-11-26T10:00:00Z"),
                Instant.parse("2026-11-26T10:05:00.123Z"), false, null);
        return new ExportedAnnotation(a, PASSAGE, "Siti Rahma", List.of("Seminar A"));
    }

    static List<ExportedAnnotation> everyShape() {
        return List.of(row(1, 0, 11, "concession", null, null, null, null),
                row(2, 23, 41, "signal", "negative", LocalDate.of(2019, 2, 28), "=HYPERLINK(\"x\")", 1L),
                row(3, 59, 68, "demand", null, null, "menuntut", null));
    }

    @Test
    void everyExportedShapePassesTheMustAssertions() {
        ObjectNode collection = WebAnnotations.collection(3, "mine", everyShape(), BASE);
        JsonNode items = collection.get("first").get("items");
        assertThat(items).hasSize(3);
        assertThat(WebAnnotationMusts.assertionCount()).isEqualTo(54);
        for (JsonNode item : items) {
            assertThat(WebAnnotationMusts.violations(item)).as(item.toPrettyString()).isEmpty();
        }
        assertThat(WebAnnotationMusts.collectionViolations(collection)).isEmpty();
        assertThat(WebAnnotationMusts.collectionViolations(WebAnnotations.collection(3, "mine", List.of(), BASE)))
                .isEmpty();
    }

    @Test
    void aCollectionWithoutItsFirstPageFailsTheCollectionDefinitions() {
        ObjectNode collection = WebAnnotations.collection(3, "mine", everyShape(), BASE);
        collection.remove("first");
        assertThat(WebAnnotationMusts.collectionViolations(collection))
                .anyMatch(v -> v.startsWith("firstRequiredIfTotalMoreThanZero"));
        ObjectNode wrongPage = WebAnnotations.collection(3, "mine", everyShape(), BASE);
        ((ObjectNode) wrongPage.get("first")).put("type", "Page");
        assertThat(WebAnnotationMusts.collectionViolations(wrongPage))
                .anyMatch(v -> v.startsWith("annotationPageTypeValueFound"));
        ObjectNode otherContext = WebAnnotations.collection(3, "mine", everyShape(), BASE);
        otherContext.putArray("@context").add("http://schema.org/");
        assertThat(WebAnnotationMusts.collectionViolations(otherContext))
                .anyMatch(v -> v.startsWith("contextValueInArrayFound"));
    }

    @Test
    void anAnnotationBreakingAMustFailsIt() {
        ObjectNode item = WebAnnotations.annotation(everyShape().get(1), BASE);
        ObjectNode noContext = item.deepCopy();
        noContext.remove("@context");
        assertThat(WebAnnotationMusts.violations(noContext))
                .anyMatch(v -> v.startsWith("3.1-annotationContextValidated.json"));
        ObjectNode badDate = item.deepCopy();
        badDate.put("created", "yesterday");
        assertThat(WebAnnotationMusts.violations(badDate))
                .anyMatch(v -> v.startsWith("3.3.1-annotationCreatedValidated.json"));
        ObjectNode bothBodies = item.deepCopy();
        bothBodies.put("bodyValue", "a note");
        assertThat(WebAnnotationMusts.violations(bothBodies))
                .anyMatch(v -> v.startsWith("3.2.5-notBodyBodyValue.json"));
        ObjectNode quoteWithoutExact = item.deepCopy();
        ((ObjectNode) ((ArrayNode) quoteWithoutExact.get("target").get("selector")).get(0)).remove("exact");
        assertThat(WebAnnotationMusts.violations(quoteWithoutExact))
                .anyMatch(v -> v.startsWith("4.2.4-textQuoteSelectorValid.json"));
    }

    @Test
    void selectorsCountCodePointsAndCarryContext() {
        ExportedAnnotation afterEmoji = row(4, PASSAGE.text().indexOf("sebagai"), PASSAGE.text().indexOf("sebagai") + 7,
                "concession", null, null, null, null);
        JsonNode target = WebAnnotations.annotation(afterEmoji, BASE).get("target");
        assertThat(target.get("source").asText()).isEqualTo(BASE + "/api/cases/3/passages/7");
        JsonNode quote = target.get("selector").get(0);
        assertThat(quote.get("exact").asText()).isEqualTo("sebagai");
        assertThat(quote.get("prefix").asText()).endsWith("Yongbyon 😀 ");
        assertThat(quote.get("suffix").asText()).startsWith(" konsesi");
        JsonNode position = target.get("selector").get(1);
        // The emoji is two UTF-16 units but one code point.
        assertThat(position.get("start").asInt()).isEqualTo(afterEmoji.annotation().start() - 1);
        assertThat(position.get("end").asInt() - position.get("start").asInt()).isEqualTo(7);
    }
}
