package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.Valence;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The side panel in which a span is coded with the case's codebook, docked beside the text (a bottom sheet on
 * narrow screens, see the theme): unlike a modal it leaves the passage visible and the text scrollable and
 * selectable. It knows nothing of storage: it hands a validated {@link CodingForm} to {@code onSave} and asks
 * {@code onDelete} to remove the annotation edited. Escape closes it, Ctrl+Enter in the form saves.
 */
class CodingPanel extends Aside {

    private static final String TITLE_ID = "coding-panel-title";

    private final Codebook codebook;
    private final CodingWords words;
    private final Locale locale;
    private final H2 title = new H2();
    private final RadioButtonGroup<CodeDef> code = new RadioButtonGroup<>();
    private final CodingFields fields;
    private final Select<ActorDef> actor;
    private final Select<ActorDef> addressee;
    private final Select<Integer> stage;
    private final RadioButtonGroup<Valence> valence;
    private final DatePicker eventDate;
    private final TextArea note;
    private final ComboBox<Long> respondsTo = new ComboBox<>();
    private final Paragraph quote = new Paragraph();
    /** Shown when another span is chosen while this form holds unsaved changes; see {@link #whenFree}. */
    private final Div pending = new Div();
    /** The annotation's comment thread, below the form; empty while a new span is coded. */
    private final Div comments = new Div();
    private CommentThread thread;
    /** The instructors' feedback on the annotation, above its comments; only for those who may read it. */
    private final Div feedback = new Div();
    private CommentThread feedbackThread;
    /** The annotation's history, last in the panel; empty while a new span is coded. */
    private final Div history = new Div();
    private final Button delete = new Button();
    private final Button save = new Button();
    private final Binder<CodingForm> binder = new Binder<>(CodingForm.class);

    private Consumer<CodingForm> onSave = form -> { };
    private Runnable onDelete = () -> { };
    private Runnable onClose = () -> { };
    /** What the coder chose while the form held unsaved changes: opened once they discard them. */
    private Runnable waiting;

    CodingPanel(Codebook codebook, CodingWords words, Locale locale) {
        this.codebook = codebook;
        this.words = words;
        this.locale = locale;
        fields = new CodingFields(this, codebook, locale, "coding");
        actor = fields.actor;
        addressee = fields.addressee;
        stage = fields.stage;
        valence = fields.valence;
        eventDate = fields.eventDate;
        note = fields.note;
        setId("coding-panel");
        addClassName("coding-panel");
        // <aside> is a complementary landmark already; said explicitly, and named by its heading.
        getElement().setAttribute("role", "complementary");
        getElement().setAttribute("aria-labelledby", TITLE_ID);
        title.setId(TITLE_ID);
        // Focus lands on the heading when nothing in the panel is to be filled in (another coder's annotation).
        title.getElement().setAttribute("tabindex", "-1");
        Button close = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> close());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        close.setId("coding-close");
        close.setAriaLabel(getTranslation("coding.close"));
        close.setTooltipText(getTranslation("coding.close"));
        Div header = new Div(title, close);
        header.addClassName("coding-panel-header");
        setVisible(false);

        List<CodeDef> codes = codebook.codes();
        code.setLabel(getTranslation("coding.code"));
        code.setItems(codes);
        code.setItemLabelGenerator(c -> (codes.indexOf(c) + 1) + " · " + c.name().in(locale));
        code.setId("coding-code");
        code.addValueChangeListener(e -> showDefinition(e.getValue()));
        respondsTo.setLabel(getTranslation("coding.respondsTo"));
        respondsTo.setHelperText(getTranslation("coding.respondsToHelp"));
        respondsTo.setId("coding-responds-to");
        respondsTo.setClearButtonVisible(true);
        bind();

        FormLayout form = new FormLayout(code, actor, addressee, stage, valence, eventDate, respondsTo, note);
        // The panel is narrow: one column until it is wide enough for two (as on a wide bottom sheet).
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setColspan(respondsTo, 2);
        form.setColspan(code, 2);
        form.setColspan(stage, 2);
        form.setColspan(valence, 2);
        form.setColspan(note, 2);
        quote.addClassName("coding-quote");
        comments.addClassName("coding-comments");
        feedback.addClassName("coding-feedback");
        pending.addClassName("coding-pending");
        pending.setId("coding-pending");
        // Announced as it appears: the coder's new selection did not open, and this says why.
        pending.getElement().setAttribute("role", "status");

        save.setText(getTranslation("coding.save"));
        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("coding-save");
        delete.setText(getTranslation("coding.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("coding-delete");
        delete.addClickListener(e -> onDelete.run());
        Button cancel = new Button(getTranslation("coding.cancel"), e -> close());
        cancel.setId("coding-cancel");
        Div buttons = new Div(delete, cancel, save);
        buttons.addClassName("coding-panel-buttons");
        // The actions stay at the top of the panel as its form scrolls under them: Save is always in reach.
        Div top = new Div(header, buttons);
        top.addClassName("coding-panel-top");
        history.addClassName("coding-history-box");
        add(top, pending, quote, form, feedback, comments, history);
        pending.setVisible(false);

        // Listening on the form and its buttons only: Ctrl+Enter in the comment or feedback box posts that instead.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(form, buttons);
        // Anywhere in the panel. A field that uses Escape itself (an open list, a comment being edited) keeps it:
        // those stop the key there, so it does not reach the panel.
        Shortcuts.addShortcutListener(this, this::close, Key.ESCAPE).listenOn(this);

        // Digit keys pick the code, but only while focus is on a choice: in the note or date they are text.
        for (int i = 0; i < Math.min(9, codes.size()); i++) {
            CodeDef c = codes.get(i);
            Shortcuts.addShortcutListener(this, () -> code.setValue(c), Key.of(Integer.toString(i + 1)))
                    .listenOn(code, actor, addressee, stage, valence, save, cancel);
        }
    }

    private void bind() {
        String required = getTranslation("coding.required");
        binder.forField(code).asRequired(required).bind("code");
        fields.bind(binder, code::getValue);
        binder.forField(respondsTo).bind("respondsTo");
    }

    /** The chosen code's definition is the coder's help: it says what counts. */
    private void showDefinition(CodeDef def) {
        fields.codeChosen(def);
        code.setHelperText(def == null ? getTranslation("coding.codeHelp") : def.definition().in(locale));
    }

    /**
     * Opens the panel for a new span, prefilled with the coder's last choices; {@code earlier} are the
     * annotations it may answer.
     */
    void openNew(String quoteText, CodingForm defaults, List<AnnotationData> earlier, Consumer<CodingForm> onSave) {
        showHistory(null);
        showComments(null);
        showFeedback(null);
        offerReplies(earlier);
        open(quoteText, defaults, onSave, null, false);
    }

    void openEdit(AnnotationData annotation, List<AnnotationData> others, Consumer<CodingForm> onSave,
                  Runnable onDelete) {
        offerReplies(others);
        open(annotation.quote(), formOf(annotation), onSave, onDelete, false);
    }

    /** Shows the thread of the annotation being edited or read, or none. */
    void showComments(CommentThread thread) {
        this.thread = thread;
        comments.removeAll();
        if (thread != null) {
            comments.add(thread);
        }
    }

    /** Shows the feedback on the annotation being edited or read, or none (the viewer may not read it). */
    void showFeedback(CommentThread feedbackThread) {
        this.feedbackThread = feedbackThread;
        feedback.removeAll();
        if (feedbackThread != null) {
            feedback.add(feedbackThread);
        }
    }

    /** Shows the history of the annotation being edited or read, or none. */
    void showHistory(Component section) {
        history.removeAll();
        if (section != null) {
            history.add(section);
        }
    }

    /** Another coder's annotation: shown for reading, with its author; only its author may change it. */
    void openReadOnly(AnnotationData annotation) {
        offerReplies(List.of());
        open(annotation.quote(), formOf(annotation), null, null, true);
        title.setText(getTranslation("coding.othersTitle", annotation.author()));
    }

    /** Called whenever the panel closes (Escape, Cancel, the close button, or after saving). */
    void setOnClose(Runnable onClose) {
        this.onClose = onClose;
    }

    boolean isOpened() {
        return isVisible();
    }

    void close() {
        if (!isVisible()) {
            return;
        }
        setVisible(false);
        waiting = null;
        pending.setVisible(false);
        showComments(null);
        showFeedback(null);
        showHistory(null);
        onClose.run();
    }

    /**
     * Runs {@code next} (opening another span or annotation in this panel) at once, unless the open form holds
     * changes not saved yet: then the panel stays as it is and says so, offering to discard them and go on. A
     * hasty selection in the text never throws away what the coder typed.
     */
    void whenFree(Runnable next) {
        if (!isOpened() || !hasUnsavedChanges()) {
            waiting = null;
            pending.setVisible(false);
            next.run();
            return;
        }
        waiting = next;
        pending.removeAll();
        Button discard = new Button(getTranslation("coding.discard"), e -> {
            Runnable go = waiting;
            waiting = null;
            pending.setVisible(false);
            if (go != null) {
                go.run();
            }
        });
        discard.setId("coding-discard");
        discard.addThemeVariants(ButtonVariant.LUMO_SMALL);
        pending.add(new Paragraph(getTranslation("coding.unsaved")), discard);
        pending.setVisible(true);
    }

    /** Changed fields, or a comment or feedback typed but not posted. */
    boolean hasUnsavedChanges() {
        return isOpened() && ((save.isVisible() && binder.hasChanges()) || (thread != null && thread.hasDraft())
                || (feedbackThread != null && feedbackThread.hasDraft()));
    }

    private CodingForm formOf(AnnotationData annotation) {
        return new CodingForm(codebook.code(annotation.code()).orElse(null),
                codebook.actor(annotation.actor()).orElse(null), codebook.actor(annotation.addressee()).orElse(null),
                annotation.stage(), Valence.parse(annotation.valence()).orElse(null), annotation.eventDate(),
                annotation.note(), annotation.respondsTo());
    }

    private void offerReplies(List<AnnotationData> candidates) {
        Map<Long, String> labels = new LinkedHashMap<>();
        candidates.forEach(a -> labels.put(a.id(), words.describe(a)));
        respondsTo.setItems(labels.keySet());
        respondsTo.setItemLabelGenerator(id -> labels.getOrDefault(id, "#" + id));
    }

    private void open(String quoteText, CodingForm form, Consumer<CodingForm> onSave, Runnable onDelete,
                      boolean readOnly) {
        this.onSave = onSave == null ? f -> { } : onSave;
        binder.setReadOnly(readOnly);
        save.setVisible(!readOnly);
        this.onDelete = onDelete == null ? () -> { } : onDelete;
        title.setText(getTranslation(onDelete == null ? "coding.title" : "coding.editTitle"));
        quote.setText(quoteText);
        waiting = null;
        pending.setVisible(false);
        binder.readRecord(form);
        showDefinition(form.code());
        delete.setVisible(onDelete != null);
        setVisible(true);
        // Focus moves into the panel: to the first choice the user must make, or to the heading when there is none.
        // Radio groups cannot take focus from the server; like Vaadin's focus(), after the panel is rendered.
        if (readOnly) {
            title.getElement().executeJs("setTimeout(() => this.focus())");
        } else if (form.code() == null) {
            code.getElement().executeJs(
                    "setTimeout(() => { const r = this.querySelector('vaadin-radio-button'); if (r) r.focus(); })");
        } else {
            actor.focus();
        }
    }

    private void save() {
        try {
            CodingForm form = binder.writeRecord();
            if (!CodingFields.isSignal(form.code()) && form.valence() != null) {
                form = new CodingForm(form.code(), form.actor(), form.addressee(), form.stage(), null,
                        form.eventDate(), form.note(), form.respondsTo());
            }
            onSave.accept(form);
        } catch (ValidationException invalid) {
            // The fields show their own messages.
        }
    }
}
