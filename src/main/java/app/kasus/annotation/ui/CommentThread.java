package app.kasus.annotation.ui;

import app.kasus.annotation.CommentService;
import app.kasus.annotation.ui.ThreadSource.Entry;
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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * A thread of one annotation, for the side panel: its comments, or the instructors' feedback on it (see
 * {@link ThreadSource}). The entries (author, time, "edited", unread ones marked, the text always as plain text), a
 * field to write one (Ctrl+Enter posts) for those who may and, on one's own entries, edit and delete.
 *
 * <p>{@link #refresh()} queries the source on the calling thread. For live updates the integration queries
 * {@link ThreadSource#list} without holding the UI lock and hands the result to {@link #show(List)} inside
 * {@code ui.access(...)}; this component subscribes to nothing itself.
 */
class CommentThread extends VerticalLayout {

    private final ThreadSource source;
    /** Translation-key and class-name prefixes, see {@link ThreadSource}. */
    private final String keys;
    private final String css;
    private final String me;
    private final long annotationId;
    private final boolean mayWrite;
    private final Div list = new Div();
    private final Paragraph empty = new Paragraph();
    private final TextArea draft = new TextArea();
    private final Button post = new Button();
    private List<Entry> shown = List.of();
    /**
     * Entries that were unread at some point while this thread was open: they stay marked for this viewing, even once
     * opening them has marked them read.
     */
    private final Set<Long> unreadThisViewing = new HashSet<>();
    /** The comment being edited in place, if any: unsaved work, like a draft. */
    private Long editing;
    /** Its entry, holding the editor: kept as it is when the thread is shown again meanwhile. */
    private Div editingEntry;
    /** The browser's time zone once it is known; the server's until then. */
    private ZoneId zone = ZoneId.systemDefault();

    /** {@code me} is the signed-in user's username: their comments get edit and delete. */
    CommentThread(CommentService comments, String me, long annotationId) {
        this(ThreadSource.comments(comments), me, annotationId);
    }

    CommentThread(ThreadSource source, String me, long annotationId) {
        this.source = source;
        this.keys = source.keyPrefix() + ".";
        this.css = source.idPrefix();
        this.me = Usernames.normalize(me);
        this.annotationId = annotationId;
        this.mayWrite = source.mayWrite();
        addClassName(css + "-thread");
        addClassName("kasus-thread");
        setPadding(false);
        setSpacing(true);

        H3 title = new H3(getTranslation(keys + "title"));
        list.addClassName(css + "-list");
        list.setWidthFull();
        empty.setText(getTranslation(keys + "empty"));
        empty.addClassName(css + "-empty");
        add(title, list);

        if (mayWrite) {
            draft.setLabel(getTranslation(keys + "new"));
            draft.setId(css + "-draft");
            post.setId(css + "-post");
            draft.setPlaceholder(getTranslation(keys + "placeholder"));
            draft.setHelperText(getTranslation(keys + "shortcut"));
            draft.setWidthFull();
            configureLength(draft);
            post.setText(getTranslation(keys + "post"));
            post.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            post.addClickListener(e -> post());
            post.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(draft);
            add(draft, post);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation(keys + "readOnly"));
            readOnly.addClassName(css + "-read-only");
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
            show(source.list(annotationId));
        } catch (NotFoundException e) {
            showGone();
        }
    }

    /** Shows a thread read elsewhere, e.g. by a live refresh that queried outside the UI lock. */
    void show(List<Entry> thread) {
        shown = List.copyOf(thread);
        thread.stream().filter(Entry::unread).forEach(e -> unreadThisViewing.add(e.id()));
        // Someone else's change (or the coder reading feedback) arriving live does not throw away an edit in progress.
        if (editing != null && thread.stream().noneMatch(e -> e.id() == editing)) {
            stopEditing();
        }
        list.removeAll();
        if (thread.isEmpty()) {
            list.add(empty);
            return;
        }
        for (Entry item : thread) {
            list.add(editing != null && item.id() == editing ? editingEntry : entry(item));
        }
    }

    private void stopEditing() {
        editing = null;
        editingEntry = null;
    }

    /** Whether an entry shown now is unread (as the source last answered, not just marked for this viewing). */
    boolean hasUnread() {
        return shown.stream().anyMatch(Entry::unread);
    }

    /** The source, for live refreshes that query it off the UI lock. */
    ThreadSource source() {
        return source;
    }

    private Div entry(Entry item) {
        Div entry = new Div();
        entry.addClassName(css);
        entry.getElement().setAttribute("data-" + css + "-id", Long.toString(item.id()));

        Span author = new Span(item.authorName());
        author.addClassName(css + "-author");
        author.getElement().setAttribute("title", item.author());
        Span time = new Span(format(item.created()));
        time.addClassName(css + "-time");
        HorizontalLayout header = new HorizontalLayout(author, time);
        header.setSpacing(true);
        header.setAlignItems(Alignment.BASELINE);
        if (unreadThisViewing.contains(item.id())) {
            // Text, not only a colour: read out with the entry, and seen without telling colours apart.
            Span unread = new Span(getTranslation(source.unreadKey()));
            unread.addClassName(css + "-unread");
            unread.addClassName("thread-unread");
            entry.addClassName(css + "-is-unread");
            header.add(unread);
        }
        if (item.edited()) {
            Span edited = new Span(getTranslation(keys + "edited"));
            edited.addClassName(css + "-edited");
            edited.getElement().setAttribute("title", format(item.modified()));
            header.add(edited);
        }

        // setText, never HTML: a comment is shown exactly as it was written.
        Paragraph text = new Paragraph();
        text.setText(item.text());
        text.addClassName(css + "-text");
        text.getStyle().set("white-space", "pre-wrap").set("overflow-wrap", "anywhere");
        entry.add(header, text);

        if (item.author().equals(me) && mayWrite) {
            Button edit = new Button(getTranslation(keys + "edit"), e -> startEditing(entry, text, item));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            Button delete = new Button(getTranslation(keys + "delete"), e -> confirmDelete(item));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit, delete);
            actions.addClassName(css + "-actions");
            actions.setSpacing(false);
            entry.add(actions);
        }
        return entry;
    }

    private void post() {
        String value = draft.getValue();
        if (value == null || value.isBlank()) {
            draft.setErrorMessage(getTranslation(keys + "blank"));
            draft.setInvalid(true);
            return;
        }
        if (attempt(() -> {
            source.add(annotationId, value);
            return null;
        })) {
            draft.clear();
            draft.setInvalid(false);
            refresh();
        }
    }

    /** Whether a comment is typed but not posted, or one is being edited: the panel keeps it rather than lose it. */
    boolean hasDraft() {
        return (mayWrite && !draft.getValue().isBlank()) || editing != null;
    }

    private void startEditing(Div entry, Paragraph text, Entry item) {
        editing = item.id();
        editingEntry = entry;
        TextArea editor = new TextArea();
        editor.setWidthFull();
        editor.setValue(item.text());
        editor.setAriaLabel(getTranslation(keys + "edit"));
        configureLength(editor);
        Button save = new Button(getTranslation(keys + "save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(editor);
        Button cancel = new Button(getTranslation(keys + "cancel"), e -> {
            stopEditing();
            refresh();
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        cancel.addClickShortcut(Key.ESCAPE).listenOn(editor);
        save.addClickListener(e -> {
            if (editor.getValue().isBlank()) {
                editor.setErrorMessage(getTranslation(keys + "blank"));
                editor.setInvalid(true);
                return;
            }
            if (attempt(() -> {
                source.edit(item.id(), editor.getValue(), item.version());
                return null;
            })) {
                stopEditing();
                refresh();
            }
        });
        entry.removeAll();
        entry.add(editor, new HorizontalLayout(save, cancel));
        editor.focus();
    }

    private void confirmDelete(Entry item) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation(keys + "deleteTitle"));
        confirm.setText(getTranslation(keys + "deleteQuestion"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation(keys + "cancel"));
        confirm.setConfirmText(getTranslation(keys + "delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            boolean deleted = attempt(() -> {
                source.delete(item.id(), item.version());
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
     * in its field to be corrected; an entry changed or deleted elsewhere reloads the thread, ending an edit (its
     * version is no longer the one read).
     */
    private boolean attempt(Supplier<?> change) {
        try {
            change.get();
            return true;
        } catch (InvalidInputException e) {
            Notify.error(getTranslation(keys + "invalid", e.getMessage()));
        } catch (StaleVersionException | ConflictException e) {
            Notify.error(getTranslation(keys + "conflict"));
            stopEditing();
            refresh();
        } catch (NotFoundException e) {
            Notify.error(getTranslation(keys + "gone"));
            stopEditing();
            refresh();
        } catch (AccessDeniedException e) {
            Notify.error(getTranslation(keys + "denied"));
            stopEditing();
            refresh();
        }
        return false;
    }

    private void showGone() {
        list.removeAll();
        list.add(new Paragraph(getTranslation(keys + "gone")));
        draft.setEnabled(false);
        post.setEnabled(false);
    }

    private void configureLength(TextArea area) {
        area.setMaxLength(source.maxLength());
        area.setValueChangeMode(ValueChangeMode.EAGER);
        Span counter = new Span();
        counter.addClassName(css + "-counter");
        Runnable count = () -> counter.setText(getTranslation(keys + "counter",
                area.getValue().length(), source.maxLength()));
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
