package app.kasus.annotation.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Server side of {@code <kasus-passage>}: one per passage, never one per highlight. The element renders the
 * text and every highlight from data and reports selections as UTF-16 offsets.
 */
@Tag("kasus-passage")
@JavaScript("context://components/kasus-passage.js")
class PassageText extends Component {

    /**
     * An annotation as the element draws it: its code, actors and stage (API keys), named and coloured by the page's
     * {@link Legend}; {@code by}: the author when not the viewer (null for one's own). {@code own}: the viewer's,
     * editable; others' are drawn outlined and only shown. {@code gold}: a span of the case's gold coding, read-only
     * here and drawn apart from any coder's. {@code label}: a tooltip the legend cannot word (an answer names what it
     * answers), else null. {@code comments}: how many comments the annotation has, marked on the highlight when not 0;
     * {@code commentsLabel} says so in words. {@code feedback}: how much instructors' feedback the viewer may read on
     * it, {@code feedbackUnread} how much of it its coder has not read yet (marked more strongly),
     * {@code feedbackLabel} both in words.
     */
    record Highlight(long id, int start, int end, String code, String actor, String addressee, int stage,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String by, boolean own,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean gold,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String label,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) long comments,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) String commentsLabel,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) long feedback,
                     @JsonInclude(JsonInclude.Include.NON_DEFAULT) long feedbackUnread,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) String feedbackLabel) {
        // What is usually absent (no comments, no feedback, not gold) is left out of what is sent: the element reads
        // a missing field as that default, and a group's layer sends thousands of highlights (issue 10).
    }

    record Note(int number, String text) {
    }

    /**
     * What the element words tooltips with, one per page: each code's name and colour and each actor's name by key,
     * and the wording of "stage {0}", "{0} ({1}): {2}" (another coder's) and "Gold ({0}): {1}". {@code codeKeys},
     * {@code actorKeys} and {@code coders} (usernames) are what a highlight's array form names by position. Sent as one
     * JSON string that every passage of the page holds, so the server keeps it once.
     */
    record Legend(Map<String, List<String>> codes, Map<String, String> actors, String stage, String by, String goldBy,
                  List<String> coders) {

        /** The codes' keys in the order of {@code codes}: sent as a list, whose order JSON keeps. */
        @JsonProperty
        List<String> codeKeys() {
            return List.copyOf(codes.keySet());
        }

        /** The actors' keys in the order of {@code actors}. */
        @JsonProperty
        List<String> actorKeys() {
            return List.copyOf(actors.keySet());
        }
    }

    /**
     * A page's {@link Legend} as the passages send it: its JSON, and where each code, actor and coder stands in its
     * lists, so a highlight's array form can name them by position. What the legend lacks (a code added to the
     * codebook, a coder who joined after the page opened) is sent by name.
     */
    static final class PageLegend {

        /** No names at all: every highlight goes by its keys (for a passage shown outside a case's page, and tests). */
        static final PageLegend NONE = new PageLegend(new Legend(Map.of(), Map.of(), "{0}", "{0} ({1}): {2}",
                "{0}: {1}", List.of()));

        private final String json;
        private final Map<String, Integer> codes;
        private final Map<String, Integer> actors;
        private final Map<String, Integer> coders;

        PageLegend(Legend legend) {
            this.json = PassageText.json(legend);
            this.codes = positions(legend.codeKeys());
            this.actors = positions(legend.actorKeys());
            this.coders = positions(legend.coders());
        }

        String json() {
            return json;
        }

        private static Map<String, Integer> positions(List<String> keys) {
            Map<String, Integer> at = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                at.putIfAbsent(keys.get(i), i);
            }
            return at;
        }

        /** The key's position in the legend's list, or the key itself where the legend lacks it. */
        private static Object positionOr(Map<String, Integer> positions, String key) {
            if (key == null) {
                return null;
            }
            Integer at = positions.get(key);
            return at != null ? at : key;
        }
    }

    interface SpanListener {
        void onSpan(int start, int end, Integer code);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** How many changes the element may apply on top of its full list before the server sends a full list again. */
    static final int FOLD_AFTER = 64;

    /** A change that says the highlight is gone, as {@link #removal} writes it. */
    private static final Pattern REMOVED = Pattern.compile("\\{\"id\":-?\\d+,\"removed\":true}");

    private final long passageId;
    private final PageLegend legend;
    private int pendingChanges;
    /** Whether {@code highlights} was set at all: the first list always goes whole. */
    private boolean folded;

    /**
     * {@code name}: what assistive technology announces for the passage, e.g. "Passage 12"; {@code legend}: the page's
     * legend, the same for every passage.
     */
    PassageText(long passageId, String text, String language, List<Note> notes, String name, PageLegend legend) {
        this.passageId = passageId;
        this.legend = legend;
        getElement().setAttribute("aria-label", name);
        getElement().setProperty("text", text);
        getElement().setProperty("legend", legend.json());
        getElement().setProperty("notes", json(notes));
        getElement().setAttribute("lang", language);
        getElement().setAttribute("data-passage-id", Long.toString(passageId));
        setHighlights(List.of());
    }

    long passageId() {
        return passageId;
    }

    /**
     * Shows these highlights. What the element already holds is not sent again: a change of a few highlights goes as
     * those few ({@code highlightChanges}, applied by the element on top of {@code highlights}), so a live update in a
     * passage a group has coded hundreds of times sends and stores a few hundred bytes, not the passage's whole list
     * (issue 10). Both stay element properties, so the state tree always holds what the browser shows; every
     * {@link #FOLD_AFTER} changes they are folded into a new full list.
     */
    void setHighlights(List<Highlight> highlights) {
        int n = highlights.size();
        String[] json = new String[n];
        Set<Long> kept = new HashSet<>(n * 2);
        Map<Long, String> shown = shown();
        List<String> changes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            json[i] = wire(highlights.get(i), legend);
            kept.add(highlights.get(i).id());
            if (!json[i].equals(shown.get(highlights.get(i).id()))) {
                changes.add(json[i]);
            }
        }
        for (long id : shown.keySet()) {
            if (!kept.contains(id)) {
                changes.add(removal(id));
            }
        }
        if (changes.isEmpty() && folded) {
            return;
        }
        if (!folded || pendingChanges + changes.size() > FOLD_AFTER || changes.size() * 2 > n) {
            getElement().setProperty("highlights", "[" + String.join(",", json) + "]");
            getElement().setProperty("highlightChanges", "[]");
            pendingChanges = 0;
            folded = true;
            return;
        }
        String before = getElement().getProperty("highlightChanges", "[]");
        getElement().setProperty("highlightChanges", (before.length() > 2 ? before.substring(0, before.length() - 1) + ","
                : "[") + String.join(",", changes) + "]");
        pendingChanges += changes.size();
    }

    /**
     * What is sent, and kept in the state tree, for a highlight. One that carries only its coding (no label, no
     * comment or feedback marks) goes as an array, {@code [id,start,end,code,actor,addressee,stage,by,flags]} (flags: 1
     * own, 2 gold; left out when 0), which the element reads as the object it stands for; code, actors and coder are
     * given by their position in the legend's lists where it has them. A group's layer holds thousands: as objects,
     * their JSON was 737 KB of a 2.1 MB view with 5,000 annotations (issue 10).
     */
    static String wire(Highlight h, PageLegend legend) {
        if (h.label() != null || h.comments() != 0 || h.feedback() != 0 || h.feedbackUnread() != 0
                || !isEmpty(h.commentsLabel()) || !isEmpty(h.feedbackLabel())) {
            return json(h);
        }
        int flags = (h.own() ? 1 : 0) | (h.gold() ? 2 : 0);
        Object[] coding = {h.id(), h.start(), h.end(), PageLegend.positionOr(legend.codes, h.code()),
                PageLegend.positionOr(legend.actors, h.actor()), PageLegend.positionOr(legend.actors, h.addressee()),
                h.stage(), PageLegend.positionOr(legend.coders, h.by()), flags};
        return json(flags == 0 ? Arrays.copyOf(coding, coding.length - 1) : coding);
    }

    /** The change that tells the element a highlight is gone. */
    private static String removal(long id) {
        return "{\"id\":" + id + ",\"removed\":true}";
    }

    private static boolean isEmpty(String s) {
        return s == null || s.isEmpty();
    }

    /**
     * What the element shows now, by id: its full list with the changes since applied, read back from the two
     * properties, the only copy the view keeps. Kept beside them as ids and hashes it was 80 KB of a group-layer view
     * with 5,000 highlights (issue 10); compared as text, a changed highlight is never taken for the one shown.
     */
    private Map<Long, String> shown() {
        Map<Long, String> shown = new HashMap<>();
        for (String h : elements(getElement().getProperty("highlights", "[]"))) {
            shown.put(idOf(h), h);
        }
        for (String h : elements(getElement().getProperty("highlightChanges", "[]"))) {
            if (REMOVED.matcher(h).matches()) {
                shown.remove(idOf(h));
            } else {
                shown.put(idOf(h), h);
            }
        }
        return shown;
    }

    /** The elements of a JSON array this class wrote, each as its text. */
    static List<String> elements(String array) {
        List<String> elements = new ArrayList<>();
        int depth = 0;
        int from = 1;
        boolean inString = false;
        for (int i = 1; i < array.length() - 1; i++) {
            char c = array.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                depth++;
            } else if (c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                elements.add(array.substring(from, i));
                from = i + 1;
            }
        }
        if (array.length() > 2) {
            elements.add(array.substring(from, array.length() - 1));
        }
        return elements;
    }

    /** A highlight's id: the first number of its array form, or its object form's first field. */
    private static long idOf(String highlight) {
        int from = highlight.startsWith("[") ? 1 : highlight.indexOf(':') + 1;
        int to = from;
        while (to < highlight.length() && (Character.isDigit(highlight.charAt(to)) || highlight.charAt(to) == '-')) {
            to++;
        }
        return Long.parseLong(highlight, from, to, 10);
    }

    void setSelectedId(Long id) {
        if (id == null) {
            getElement().removeProperty("selectedId");
        } else {
            getElement().setProperty("selectedId", id);
        }
    }

    /** Selects the span and scrolls it into view, e.g. when arriving from an evidence link. */
    void showRange(int start, int end) {
        // A property, not a call: it may arrive before the element's script has loaded.
        getElement().setProperty("reveal", "{\"start\":" + start + ",\"end\":" + end + "}");
    }

    /** Focuses the passage with [start, end) selected (the caret alone when equal), without scrolling. */
    void focusSpan(int start, int end) {
        getElement().callJsFunction("focusSpan", start, end);
    }

    /** A span was selected (code null) or selected and coded with key 1, 2 or 3. */
    Registration addSpanListener(SpanListener listener) {
        Registration selected = getElement().addEventListener("kasus-select", e -> listener.onSpan(
                        (int) e.getEventData().getNumber("event.detail.start"),
                        (int) e.getEventData().getNumber("event.detail.end"), null))
                .addEventData("event.detail.start").addEventData("event.detail.end");
        Registration coded = getElement().addEventListener("kasus-code", e -> listener.onSpan(
                        (int) e.getEventData().getNumber("event.detail.start"),
                        (int) e.getEventData().getNumber("event.detail.end"),
                        (int) e.getEventData().getNumber("event.detail.code")))
                .addEventData("event.detail.start").addEventData("event.detail.end").addEventData("event.detail.code");
        return Registration.combine(selected, coded);
    }

    Registration addHighlightClickListener(java.util.function.LongConsumer listener) {
        return getElement().addEventListener("kasus-highlight",
                        e -> listener.accept((long) e.getEventData().getNumber("event.detail.id")))
                .addEventData("event.detail.id");
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
