package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationHistory;
import app.kasus.annotation.AnnotationRevision;
import app.kasus.base.NotFoundException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/**
 * The history of the annotation open in the coding panel: its revisions in words, oldest first, with who and when.
 * Collapsed at first and read afresh each time it is opened, so it costs nothing until someone asks.
 */
class HistorySection extends Details {

    private final AnnotationHistory history;
    private final long annotationId;
    private final CodingWords words;
    private final BrowserTimes times;
    private final OrderedList list = new OrderedList();
    private final Paragraph empty = new Paragraph();
    private List<AnnotationRevision> shown = List.of();

    HistorySection(AnnotationHistory history, long annotationId, CodingWords words) {
        this.history = history;
        this.annotationId = annotationId;
        this.words = words;
        this.times = new BrowserTimes(getLocale());
        setSummaryText(getTranslation("history.title"));
        setId("coding-history");
        addClassName("coding-history");
        list.addClassName("history-list");
        empty.setText(getTranslation("history.empty"));
        empty.addClassName("history-empty");
        add(list, empty);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                load();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        times.whenKnown(attach.getUI(), () -> show(shown));
    }

    private void load() {
        try {
            show(history.history(annotationId));
        } catch (NotFoundException gone) {
            show(List.of());
        }
    }

    private void show(List<AnnotationRevision> revisions) {
        shown = revisions;
        list.removeAll();
        for (AnnotationRevision r : revisions) {
            Span when = new Span(times.format(r.time()));
            when.addClassName("history-time");
            Span who = new Span(words.who(r.user()));
            who.addClassName("history-user");
            Span what = new Span(words.what(r));
            what.addClassName("history-what");
            ListItem item = new ListItem(when, new Span(" · "), who, new Span(" · "), what);
            item.addClassName("history-entry");
            list.add(item);
        }
        empty.setVisible(revisions.isEmpty());
    }
}
