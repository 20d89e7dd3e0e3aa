package app.kasus.annotation.ui;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.List;

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
     * and the wording of "stage {0}", "{0} ({1}): {2}" (another coder's) and "Gold ({0}): {1}". Sent as one JSON
     * string that every passage of the page holds, so the server keeps it once.
     */
    record Legend(java.util.Map<String, List<String>> codes, java.util.Map<String, String> actors, String stage,
                  String by, String goldBy) {

        String json() {
            return PassageText.json(this);
        }
    }

    interface SpanListener {
        void onSpan(int start, int end, Integer code);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final long passageId;

    /**
     * {@code name}: what assistive technology announces for the passage, e.g. "Passage 12"; {@code legend}: the
     * page's {@link Legend} as JSON, the same string for every passage.
     */
    PassageText(long passageId, String text, String language, List<Note> notes, String name, String legend) {
        this.passageId = passageId;
        getElement().setAttribute("aria-label", name);
        getElement().setProperty("text", text);
        getElement().setProperty("legend", legend);
        getElement().setProperty("notes", json(notes));
        getElement().setAttribute("lang", language);
        getElement().setAttribute("data-passage-id", Long.toString(passageId));
        setHighlights(List.of());
    }

    long passageId() {
        return passageId;
    }

    void setHighlights(List<Highlight> highlights) {
        getElement().setProperty("highlights", json(highlights));
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
