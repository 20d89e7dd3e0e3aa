package app.kasus.review.ui;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.shared.Registration;
import java.util.List;

/**
 * A passage's text in the review, drawn by the reading view's {@code <kasus-passage>} element: the gold spans are
 * highlighted, and a selection reports its offsets so that a new gold span can be made of it.
 */
@Tag("kasus-passage")
@JavaScript("context://components/kasus-passage.js")
class ReviewPassage extends Component {

    /** As the element reads a highlight; every one here is gold, none editable in place. */
    record Highlight(long id, int start, int end, String color, String label, boolean own, boolean gold) {
    }

    interface SelectionListener {
        void selected(int start, int end);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    ReviewPassage(String text, String language, String name) {
        getElement().setAttribute("aria-label", name);
        getElement().setAttribute("lang", language);
        getElement().setProperty("text", text);
        getElement().setProperty("notes", "[]");
        setHighlights(List.of());
    }

    void setHighlights(List<Highlight> highlights) {
        try {
            getElement().setProperty("highlights", JSON.writeValueAsString(highlights));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    Registration addSelectionListener(SelectionListener listener) {
        return getElement().addEventListener("kasus-select", e -> listener.selected(
                        (int) e.getEventData().getNumber("event.detail.start"),
                        (int) e.getEventData().getNumber("event.detail.end")))
                .addEventData("event.detail.start").addEventData("event.detail.end");
    }
}
