package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationHistory;
import app.kasus.annotation.DeletedAnnotation;
import app.kasus.annotation.SubmissionService;
import app.kasus.base.ConflictException;
import app.kasus.base.NotFoundException;
import app.kasus.base.ui.Notify;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The reader's own deleted coding of the case, each with <em>Restore</em>: a mistaken delete is undone here.
 * Collapsed at first; read afresh when opened and after each delete ({@link #refresh}).
 */
class DeletedCoding extends Details {

    private final AnnotationHistory history;
    private final long caseId;
    private final Function<AnnotationData, String> describe;
    private final Consumer<AnnotationData> onRestored;
    private final BrowserTimes times;
    private final UnorderedList list = new UnorderedList();
    private final Paragraph empty = new Paragraph();
    private List<DeletedAnnotation> shown = List.of();

    DeletedCoding(AnnotationHistory history, long caseId, Function<AnnotationData, String> describe,
                  Consumer<AnnotationData> onRestored) {
        this.history = history;
        this.caseId = caseId;
        this.describe = describe;
        this.onRestored = onRestored;
        this.times = new BrowserTimes(getLocale());
        setSummaryText(getTranslation("deleted.title"));
        setId("deleted-coding");
        addClassName("deleted-coding");
        list.addClassName("deleted-list");
        empty.setText(getTranslation("deleted.empty"));
        empty.addClassName("deleted-empty");
        add(list, empty);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                refresh();
            }
        });
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        times.whenKnown(attach.getUI(), () -> show(shown));
    }

    /** Reads the list again if it is open; a closed list is read when it opens. */
    void refresh() {
        if (isOpened()) {
            show(history.deletedByMe(caseId));
        }
    }

    private void show(List<DeletedAnnotation> deleted) {
        shown = deleted;
        list.removeAll();
        for (DeletedAnnotation d : deleted) {
            AnnotationData a = d.annotation();
            Span what = new Span(describe.apply(a));
            what.addClassName("deleted-what");
            Span when = new Span(getTranslation("deleted.when", times.format(d.deleted())));
            when.addClassName("deleted-when");
            Button restore = new Button(getTranslation("deleted.restore"), e -> restore(a));
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.addClassName("deleted-restore");
            restore.setAriaLabel(getTranslation("deleted.restoreLabel", describe.apply(a)));
            ListItem item = new ListItem(what, when, restore);
            item.addClassName("deleted-entry");
            list.add(item);
        }
        empty.setVisible(deleted.isEmpty());
    }

    private void restore(AnnotationData a) {
        try {
            AnnotationData restored = history.restore(a.id());
            Notify.success(getTranslation("deleted.restored"));
            onRestored.accept(restored);
        } catch (ConflictException refused) {
            Notify.error(getTranslation(SubmissionService.LOCKED.equals(refused.getMessage())
                    ? "submission.lockedError" : "deleted.notDeleted"));
        } catch (NotFoundException gone) {
            Notify.error(getTranslation("deleted.gone"));
        }
        refresh();
    }
}
