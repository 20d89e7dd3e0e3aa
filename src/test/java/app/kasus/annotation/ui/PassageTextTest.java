package app.kasus.annotation.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link PassageText} puts into the state tree when its highlights change: the changes, not the whole list. */
class PassageTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PassageText passage = new PassageText(7, "The defendant is liable under section 823 BGB.", "en",
            List.of(), "Passage 1", PassageText.PageLegend.NONE);

    @Test
    void aFewChangedHighlightsAreSentAsChangesOnTopOfTheFullList() throws Exception {
        List<PassageText.Highlight> shown = new ArrayList<>(IntStream.range(1, 11).mapToObj(i -> highlight(i, "DPRK")).toList());
        passage.setHighlights(shown);
        assertThat(ids(property("highlights"))).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
        assertThat(property("highlightChanges")).isEmpty();
        String full = passage.getElement().getProperty("highlights");

        shown.set(2, highlight(3, "US")); // one changed
        shown.remove(4); // one gone (id 5)
        shown.add(highlight(11, "DPRK")); // one new
        passage.setHighlights(shown);

        assertThat(passage.getElement().getProperty("highlights")).isSameAs(full);
        JsonNode changes = property("highlightChanges");
        assertThat(ids(changes)).containsExactly(3L, 11L, 5L);
        assertThat(actor(changes.get(0))).isEqualTo("US");
        assertThat(changes.get(2).get("removed").asBoolean()).isTrue();

        // Nothing changed: nothing is sent, the earlier changes stay as they are.
        passage.setHighlights(List.copyOf(shown));
        assertThat(ids(property("highlightChanges"))).containsExactly(3L, 11L, 5L);

        // A later change is added after them (the element applies them in order).
        shown.set(0, highlight(1, "US"));
        passage.setHighlights(shown);
        assertThat(ids(property("highlightChanges"))).containsExactly(3L, 11L, 5L, 1L);
    }

    @Test
    void manyChangesAreFoldedIntoANewFullList() throws Exception {
        List<PassageText.Highlight> shown = new ArrayList<>(IntStream.range(1, 201).mapToObj(i -> highlight(i, "DPRK")).toList());
        passage.setHighlights(shown);
        for (int i = 0; i < PassageText.FOLD_AFTER; i++) {
            shown.set(i, highlight(i + 1, "US"));
            passage.setHighlights(shown);
        }
        assertThat(property("highlightChanges")).hasSize(PassageText.FOLD_AFTER);

        shown.set(150, highlight(151, "US"));
        passage.setHighlights(shown);

        assertThat(property("highlightChanges")).isEmpty();
        JsonNode full = property("highlights");
        assertThat(full).hasSize(200);
        assertThat(actor(full.get(0))).isEqualTo("US");
        assertThat(actor(full.get(150))).isEqualTo("US");
    }

    @Test
    void whenMostHighlightsChangeTheFullListIsSent() throws Exception {
        passage.setHighlights(List.of(highlight(1, "DPRK"), highlight(2, "DPRK")));
        passage.setHighlights(List.of(highlight(3, "DPRK")));
        assertThat(ids(property("highlights"))).containsExactly(3L);
        assertThat(property("highlightChanges")).isEmpty();
    }

    @Test
    void aHighlightWithNothingButItsCodingIsSentAsAnArray() throws Exception {
        assertThat(wire(new PassageText.Highlight(5, 4, 13, "concession", "DPRK", null, 2, "budi", false,
                false, null, 0, "", 0, 0, ""))).isEqualTo("[5,4,13,\"concession\",\"DPRK\",null,2,\"budi\"]");
        assertThat(wire(highlight(6, "US"))).isEqualTo("[6,4,13,\"concession\",\"US\",\"US\",1,null,1]");
        assertThat(wire(new PassageText.Highlight(7, 0, 3, "demand", "US", "DPRK", 1, "a\"b", false, true,
                null, 0, "", 0, 0, ""))).isEqualTo("[7,0,3,\"demand\",\"US\",\"DPRK\",1,\"a\\\"b\",2]");
        // Marks and labels keep the object form, whose keys name them.
        JsonNode commented = JSON.readTree(wire(new PassageText.Highlight(8, 0, 3, "demand", "US", "DPRK", 1,
                null, true, false, null, 2, "2 comments", 0, 0, "")));
        assertThat(commented.get("comments").asInt()).isEqualTo(2);
        assertThat(commented.get("own").asBoolean()).isTrue();
        JsonNode answer = JSON.readTree(wire(new PassageText.Highlight(9, 0, 3, "signal", "US", "DPRK", 1,
                null, true, false, "Answers #8", 0, "", 0, 0, "")));
        assertThat(answer.get("label").asText()).isEqualTo("Answers #8");
    }

    @Test
    void codesActorsAndCodersTheLegendListsGoByTheirPosition() throws Exception {
        PassageText.PageLegend pageLegend = new PassageText.PageLegend(new PassageText.Legend(
                new LinkedHashMap<>(Map.of("concession", List.of("Concession", "#16a34a"))),
                new LinkedHashMap<>(Map.of("DPRK", "North Korea")), "stage {0}", "{0} ({1}): {2}", "Gold ({0}): {1}",
                List.of("siti.rahma", "budi")));
        // What the legend lacks (a code added later, a coder who joined after the page opened) goes by name.
        assertThat(PassageText.wire(new PassageText.Highlight(5, 4, 13, "concession", "DPRK", "US", 2, "budi", false,
                false, null, 0, "", 0, 0, ""), pageLegend)).isEqualTo("[5,4,13,0,0,\"US\",2,1]");
        assertThat(PassageText.wire(new PassageText.Highlight(6, 4, 13, "trust", "DPRK", "DPRK", 2, "newcomer", false,
                true, null, 0, "", 0, 0, ""), pageLegend)).isEqualTo("[6,4,13,\"trust\",0,0,2,\"newcomer\",2]");
        JsonNode legend = JSON.readTree(pageLegend.json());
        assertThat(legend.get("codeKeys").get(0).asText()).isEqualTo("concession");
        assertThat(legend.get("actorKeys").get(0).asText()).isEqualTo("DPRK");
        assertThat(legend.get("coders").get(1).asText()).isEqualTo("budi");
    }

    @Test
    void whatTheElementShowsIsReadBackExactlyWhateverItsLabelsSay() throws Exception {
        String hostile = "a \"label\", with [brackets], {braces}, \\ \"id\":9 and ,\"removed\":true}";
        PassageText.Highlight labelled = labelled(5, hostile);
        List<PassageText.Highlight> shown = new ArrayList<>(IntStream.range(1, 11)
                .mapToObj(i -> i == 5 ? labelled : highlight(i, "DPRK")).toList());
        passage.setHighlights(shown);
        assertThat(PassageText.elements(passage.getElement().getProperty("highlights"))).hasSize(10);

        // The same list again changes nothing; a label that changes is one change, read back whole.
        passage.setHighlights(List.copyOf(shown));
        assertThat(property("highlightChanges")).isEmpty();
        shown.set(4, labelled(5, hostile + "!"));
        passage.setHighlights(shown);
        assertThat(ids(property("highlightChanges"))).containsExactly(5L);
        assertThat(property("highlightChanges").get(0).get("label").asText()).isEqualTo(hostile + "!");
        passage.setHighlights(List.copyOf(shown));
        assertThat(ids(property("highlightChanges"))).containsExactly(5L);

        // Removed, then back as it was first shown: both go, in order, as the element must apply them.
        shown.remove(4);
        passage.setHighlights(shown);
        shown.add(labelled);
        passage.setHighlights(shown);
        assertThat(ids(property("highlightChanges"))).containsExactly(5L, 5L, 5L);
        assertThat(property("highlightChanges").get(1).get("removed").asBoolean()).isTrue();
        assertThat(property("highlightChanges").get(2).get("label").asText()).isEqualTo(hostile);
    }

    private static String wire(PassageText.Highlight highlight) {
        return PassageText.wire(highlight, PassageText.PageLegend.NONE);
    }

    private JsonNode property(String name) throws Exception {
        return JSON.readTree(passage.getElement().getProperty(name));
    }

    private static List<Long> ids(JsonNode list) {
        List<Long> ids = new ArrayList<>();
        list.forEach(h -> ids.add((h.isArray() ? h.get(0) : h.get("id")).asLong()));
        return ids;
    }

    private static String actor(JsonNode highlight) {
        return (highlight.isArray() ? highlight.get(4) : highlight.get("actor")).asText();
    }

    private static PassageText.Highlight labelled(long id, String label) {
        return new PassageText.Highlight(id, 4, 13, "concession", "DPRK", "US", 1, null, true, false, label, 0, "", 0, 0, "");
    }

    private static PassageText.Highlight highlight(long id, String actor) {
        return new PassageText.Highlight(id, 4, 13, "concession", actor, "US", 1, null, true, false, null, 0, "", 0, 0, "");
    }
}
