package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.StageDef;
import app.kasus.codebook.Valence;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The compact dialog in which a span is coded with the case's codebook. It knows nothing of storage: it hands
 * a validated {@link CodingForm} to {@code onSave} and asks {@code onDelete} to remove the annotation edited.
 */
class CodingPanel extends Dialog {

    private final Codebook codebook;
    private final Locale locale;
    private final RadioButtonGroup<CodeDef> code = new RadioButtonGroup<>();
    private final Select<ActorDef> actor = new Select<>();
    private final Select<ActorDef> addressee = new Select<>();
    private final Select<Integer> stage = new Select<>();
    private final RadioButtonGroup<Valence> valence = new RadioButtonGroup<>();
    private final DatePicker eventDate = new DatePicker();
    private final TextArea note = new TextArea();
    private final ComboBox<Long> respondsTo = new ComboBox<>();
    private final Paragraph quote = new Paragraph();
    /** The annotation's comment thread, below the form; empty while a new span is coded. */
    private final Div comments = new Div();
    private final Button delete = new Button();
    private final Button save = new Button();
    private final Binder<CodingForm> binder = new Binder<>(CodingForm.class);

    private Consumer<CodingForm> onSave = form -> { };
    private Runnable onDelete = () -> { };

    CodingPanel(Codebook codebook, Locale locale) {
        this.codebook = codebook;
        this.locale = locale;
        setId("coding-panel");
        setWidth("min(34rem, 96vw)");
        setCloseOnOutsideClick(false);

        List<CodeDef> codes = codebook.codes();
        code.setLabel(getTranslation("coding.code"));
        code.setItems(codes);
        code.setItemLabelGenerator(c -> (codes.indexOf(c) + 1) + " · " + c.name().in(locale));
        code.setId("coding-code");
        code.addValueChangeListener(e -> showDefinition(e.getValue()));
        actor.setLabel(getTranslation("coding.actor"));
        actor.setId("coding-actor");
        addressee.setLabel(getTranslation("coding.addressee"));
        addressee.setId("coding-addressee");
        for (Select<ActorDef> select : List.of(actor, addressee)) {
            select.setItems(codebook.actors());
            select.setItemLabelGenerator(a -> a.name().in(locale));
        }
        stage.setLabel(getTranslation("coding.stage"));
        stage.setId("coding-stage");
        stage.setItems(codebook.stages().stream().map(StageDef::number).toList());
        stage.setItemLabelGenerator(n -> n + " · " + codebook.stage(n).map(s -> s.name().in(locale)).orElse(""));
        stage.addValueChangeListener(e -> stage.setHelperText(e.getValue() == null ? null
                : codebook.stage(e.getValue()).map(s -> s.definition().in(locale)).orElse(null)));
        valence.setLabel(getTranslation("coding.valence"));
        valence.setId("coding-valence");
        valence.setItems(Valence.values());
        valence.setItemLabelGenerator(v -> getTranslation("valence." + v.id()));
        eventDate.setLabel(getTranslation("coding.eventDate"));
        eventDate.setI18n(datePickerI18n(locale));
        eventDate.setLocale(locale);
        eventDate.setId("coding-event-date");
        note.setLabel(getTranslation("coding.note"));
        note.setId("coding-note");
        note.setMaxLength(2000);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> note.setHelperText(e.getValue().length() + " / 2000"));
        respondsTo.setLabel(getTranslation("coding.respondsTo"));
        respondsTo.setHelperText(getTranslation("coding.respondsToHelp"));
        respondsTo.setId("coding-responds-to");
        respondsTo.setClearButtonVisible(true);
        bind();

        FormLayout form = new FormLayout(code, actor, addressee, stage, valence, eventDate, respondsTo, note);
        form.setColspan(respondsTo, 2);
        form.setColspan(code, 2);
        form.setColspan(stage, 2);
        form.setColspan(valence, 2);
        form.setColspan(note, 2);
        quote.addClassName("coding-quote");
        comments.addClassName("coding-comments");
        add(quote, form, comments);

        save.setText(getTranslation("coding.save"));
        save.addClickListener(e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("coding-save");
        // Listening on the form only: Ctrl+Enter in the comment box below posts the comment instead.
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(form);
        delete.setText(getTranslation("coding.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("coding-delete");
        delete.addClickListener(e -> onDelete.run());
        Button cancel = new Button(getTranslation("coding.cancel"), e -> close());
        cancel.setId("coding-cancel");
        getFooter().add(delete, cancel, save);

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
        binder.forField(actor).asRequired(required).bind("actor");
        binder.forField(addressee).asRequired(required)
                .withValidator(value -> value == null || !value.equals(actor.getValue())
                        || "other".equalsIgnoreCase(value.key()), getTranslation("coding.sameActor"))
                .bind("addressee");
        binder.forField(stage).asRequired(required).bind("stage");
        binder.forField(valence)
                .withValidator(v -> v != null || !isSignal(code.getValue()), getTranslation("coding.valenceRequired"))
                .bind("valence");
        binder.forField(eventDate).bind("eventDate");
        binder.forField(note).bind("note");
        binder.forField(respondsTo).bind("respondsTo");
    }

    private static boolean isSignal(CodeDef def) {
        return def != null && def.kind() == CodeKind.SIGNAL;
    }

    /** The chosen code's definition is the coder's help: it says what counts. */
    private void showDefinition(CodeDef def) {
        valence.setVisible(isSignal(def));
        code.setHelperText(def == null ? getTranslation("coding.codeHelp") : def.definition().in(locale));
    }

    /** The date picker's own words (months, weekdays, buttons) in the interface language. */
    private DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("datepicker.cancel"));
    }

    /**
     * Opens the panel for a new span, prefilled with the coder's last choices; {@code earlier} are the
     * annotations it may answer.
     */
    void openNew(String quoteText, CodingForm defaults, List<AnnotationData> earlier, Consumer<CodingForm> onSave) {
        showComments(null);
        offerReplies(earlier);
        open(quoteText, defaults, onSave, null);
    }

    void openEdit(AnnotationData annotation, List<AnnotationData> others, Consumer<CodingForm> onSave,
                  Runnable onDelete) {
        offerReplies(others);
        open(annotation.quote(), formOf(annotation), onSave, onDelete);
    }

    /** Shows the thread of the annotation being edited or read, or none. */
    void showComments(Component thread) {
        comments.removeAll();
        if (thread != null) {
            comments.add(thread);
        }
    }

    /** Another coder's annotation: shown for reading, with its author; only its author may change it. */
    void openReadOnly(AnnotationData annotation) {
        offerReplies(List.of());
        open(annotation.quote(), formOf(annotation), null, null);
        setHeaderTitle(getTranslation("coding.othersTitle", annotation.author()));
        binder.setReadOnly(true);
        save.setVisible(false);
    }

    private CodingForm formOf(AnnotationData annotation) {
        return new CodingForm(codebook.code(annotation.code()).orElse(null),
                codebook.actor(annotation.actor()).orElse(null), codebook.actor(annotation.addressee()).orElse(null),
                annotation.stage(), Valence.parse(annotation.valence()).orElse(null), annotation.eventDate(),
                annotation.note(), annotation.respondsTo());
    }

    private void offerReplies(List<AnnotationData> candidates) {
        java.util.Map<Long, String> labels = new java.util.LinkedHashMap<>();
        candidates.forEach(a -> labels.put(a.id(), describe(a)));
        respondsTo.setItems(labels.keySet());
        respondsTo.setItemLabelGenerator(id -> labels.getOrDefault(id, "#" + id));
    }

    /** How an annotation is named wherever it is referred to: code, actors, stage and the start of its quote. */
    String describe(AnnotationData a) {
        String quoteStart = a.quote().length() > 60 ? a.quote().substring(0, 57) + "…" : a.quote();
        return codebook.code(a.code()).map(c -> c.name().in(locale)).orElse(a.code()) + " · "
                + codebook.actor(a.actor()).map(x -> x.name().in(locale)).orElse(a.actor()) + " → "
                + codebook.actor(a.addressee()).map(x -> x.name().in(locale)).orElse(a.addressee()) + " · "
                + getTranslation("coding.stageShort", a.stage()) + " · “" + quoteStart + "”";
    }

    private void open(String quoteText, CodingForm form, Consumer<CodingForm> onSave, Runnable onDelete) {
        this.onSave = onSave == null ? f -> { } : onSave;
        binder.setReadOnly(false);
        save.setVisible(true);
        this.onDelete = onDelete == null ? () -> { } : onDelete;
        setHeaderTitle(getTranslation(onDelete == null ? "coding.title" : "coding.editTitle"));
        quote.setText(quoteText);
        binder.readRecord(form);
        showDefinition(form.code());
        delete.setVisible(onDelete != null);
        open();
        // Radio groups cannot take focus from the server, so focus lands on the first choice the user must make.
        if (form.code() == null) {
            code.getElement().executeJs(
                    "setTimeout(() => { const r = this.querySelector('vaadin-radio-button'); if (r) r.focus(); })");
        } else {
            actor.focus();
        }
    }

    private void save() {
        try {
            CodingForm form = binder.writeRecord();
            if (!isSignal(form.code()) && form.valence() != null) {
                form = new CodingForm(form.code(), form.actor(), form.addressee(), form.stage(), null,
                        form.eventDate(), form.note(), form.respondsTo());
            }
            onSave.accept(form);
        } catch (ValidationException invalid) {
            // The fields show their own messages.
        }
    }
}
