package app.kasus.annotation.ui;

import app.kasus.annotation.CommentData;
import app.kasus.annotation.CommentService;
import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.Notify;
import app.kasus.security.Usernames;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * The comment thread of one annotation, for the side panel: the comments (author, time, "edited", the text always as
 * plain text), a field to post one (Ctrl+Enter posts) and, on one's own comments, edit and delete.
 *
 * <p>{@link #refresh()} queries the service on the calling thread. For live updates the integration queries
 * {@link CommentService#thread} without holding the UI lock and hands the result to {@link #show(List)} inside
 * {@code ui.access(...)}; this component subscribes to nothing itself.
 */
class CommentThread extends VerticalLayout {

    private final CommentService comments;
    private final String me;
    private final long annotationId;
    private final boolean mayWrite;
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final TextArea draft = new TextArea();
    private final Button post = new Button();
    private List<CommentData> shown = List.of();
    /** The comment being edited in place, if any: unsaved work, like a draft. */
    private Long editing;
    /** The browser's time zone once it is known; the server's until then. */
    private ZoneId zone = ZoneId.systemDefault();

    /** {@code me} is the signed-in user's username: their comments get edit and delete. */
    CommentThread(CommentService comments, String me, long annotationId) {
        this.comments = comments;
        this.me = Usernames.normalize(me);
        this.annotationId = annotationId;
        this.mayWrite = comments.mayWrite();
        addClassName("comment-thread");
        setPadding(false);
        setSpacing(true);

        H3 title = new H3(getTranslation("comments.title"));
        list.addClassName("comment-list");
        list.setWidthFull();
        empty.setText(getTranslation("comments.empty"));
        empty.addClassName("comment-empty");
        add(title, list);

        if (mayWrite) {
            draft.setLabel(getTranslation("comments.new"));
            draft.setId("comment-draft");
            post.setId("comment-post");
            draft.setPlaceholder(getTranslation("comments.placeholder"));
            draft.setHelperText(getTranslation("comments.shortcut"));
            draft.setWidthFull();
            configureLength(draft);
            post.setText(getTranslation("comments.post"));
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            post.addClickListener(e -> post());
            post.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(draft);
            add(draft, post);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("comments.readOnly"));
            readOnly.addClassName("comment-read-only");
            add(readOnly);
        }
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            String id = details.getTimeZoneId();
            try {
                if (id != null) {
                    zone = ZoneId.of(id);
                    show(shown);
                }
            } catch (DateTimeException e) {
                // An unknown zone keeps the server's.
            }
        });
    }

    /** Reloads the thread from the service (on this thread) and shows it. */
    void refresh() {
        try {
            show(comments.thread(annotationId));
        } catch (NotFoundException e) {
            showGone();
        }
    }

    /** Shows a thread read elsewhere, e.g. by a live refresh that queried outside the UI lock. */
    void show(List<CommentData> thread) {
        shown = List.copyOf(thread);
        editing = null;
        list.removeAll();
        if (thread.isEmpty()) {
            list.add(empty);
            return;
        }
        for (CommentData comment : thread) {
            list.add(entry(comment));
        }
    }

    private Div entry(CommentData comment) {
        Div entry = new Div();
        entry.addClassName("comment");
        entry.getElement().setAttribute("data-comment-id", Long.toString(comment.id()));

        Span author = new Span(comment.authorName());
        author.addClassName("comment-author");
        author.getElement().setAttribute("title", comment.author());
        Span time = new Span(format(comment.created()));
        time.addClassName("comment-time");
        HorizontalLayout header = new HorizontalLayout(author, time);
        header.setSpacing(true);
        header.setAlignItems(Alignment.BASELINE);
        if (comment.edited()) {
            Span edited = new Span(getTranslation("comments.edited"));
            edited.addClassName("comment-edited");
            edited.getElement().setAttribute("title", format(comment.modified()));
            header.add(edited);
        }

        // setText, never HTML: a comment is shown exactly as it was written.
        Paragraph text = new Paragraph();
        text.setText(comment.text());
        text.addClassName("comment-text");
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        entry.add(header, text);

        if (comment.author().equals(me) && mayWrite) {
            Button edit = new Button(getTranslation("comments.edit"), e -> startEditing(entry, text, comment));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation("comments.delete"), e -> confirmDelete(comment));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit, delete);
            actions.addClassName("comment-actions");
            actions.setSpacing(false);
            entry.add(actions);
        }
        return entry;
    }

    private void post() {
        String value = draft.getValue();
        if (value == null || value.isBlank()) {
            draft.setErrorMessage(getTranslation("comments.blank"));
            draft.setInvalid(true);
            return;
        }
        if (attempt(() -> comments.add(annotationId, value))) {
            draft.clear();
            draft.setInvalid(false);
            refresh();
        }
    }

    /** Whether a comment is typed but not posted, or one is being edited: the panel keeps it rather than lose it. */
    boolean hasDraft() {
        return (mayWrite && !draft.getValue().isBlank()) || editing != null;
    }

    private void startEditing(Div entry, Paragraph text, CommentData comment) {
        editing = comment.id();
        TextArea editor = new TextArea();
        editor.setWidthFull();
        editor.setValue(comment.text());
        editor.setAriaLabel(getTranslation("comments.edit"));
        configureLength(editor);
        Button save = new Button(getTranslation("comments.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(editor);
        Button cancel = new Button(getTranslation("comments.cancel"), e -> refresh());
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(editor);
        save.addClickListener(e -> {
            if (editor.getValue().isBlank()) {
                editor.setErrorMessage(getTranslation("comments.blank"));
                editor.setInvalid(true);
                return;
            }
            if (attempt(() -> comments.edit(comment.id(), editor.getValue(), comment.version()))) {
                refresh();
            }
        });
        entry.removeAll();
        entry.add(editor, new HorizontalLayout(save, cancel));
        editor.focus();
    }

    private void confirmDelete(CommentData comment) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("comments.deleteTitle"));
        confirm.setText(getTranslation("comments.deleteQuestion"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("comments.cancel"));
        confirm.setConfirmText(getTranslation("comments.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            boolean deleted = attempt(() -> {
                comments.delete(comment.id(), comment.version());
                return null;
            });
            if (deleted) {
                refresh();
            }
        });
        confirm.open();
    }

    /**
     * Runs a change; a refusal is reported as a notification (never silently) and answers false. Refused input stays
     * in its field to be corrected; a comment changed or deleted elsewhere reloads the thread.
     */
    private boolean attempt(Supplier<?> change) {
        try {
            change.get();
            return true;
        } catch (InvalidInputException e) {
            Notify.error(getTranslation("comments.invalid", e.getMessage()));
        } catch (StaleVersionException | ConflictException e) {
            Notify.error(getTranslation("comments.conflict"));
            refresh();
        } catch (NotFoundException e) {
            Notify.error(getTranslation("comments.gone"));
            refresh();
        } catch (AccessDeniedException e) {
            Notify.error(getTranslation("comments.denied"));
            refresh();
        }
        return false;
    }

    private void showGone() {
        list.removeAll();
        list.add(new Paragraph(getTranslation("comments.gone")));
        draft.setEnabled(false);
        post.setEnabled(false);
    }

    private void configureLength(TextArea area) {
        area.setMaxLength(CommentService.MAX_LENGTH);
        area.setValueChangeMode(ValueChangeMode.EAGER);
        Span counter = new Span();
        counter.addClassName("comment-counter");
        Runnable count = () -> counter.setText(getTranslation("comments.counter",
                area.getValue().length(), CommentService.MAX_LENGTH));
        count.run();
        area.addValueChangeListener(e -> {
            count.run();
            area.setInvalid(false);
        });
        area.setSuffixComponent(counter);
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(instant);
    }
}
