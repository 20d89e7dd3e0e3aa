package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.Actor;
import app.kasus.codebook.Code;
import app.kasus.codebook.Stage;
import app.kasus.codebook.Valence;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * The compact dialog in which a span is coded. It knows nothing of storage: it hands a validated
 * {@link CodingForm} to {@code onSave} and asks {@code onDelete} to remove the annotation being edited.
 */
class CodingPanel extends Dialog {

    private final RadioButtonGroup<Code> code = new RadioButtonGroup<>();
    private final Select<Actor> actor = new Select<>();
    private final Select<Actor> addressee = new Select<>();
    private final Select<Integer> stage = new Select<>();
    private final RadioButtonGroup<Valence> valence = new RadioButtonGroup<>();
    private final DatePicker eventDate = new DatePicker();
    private final TextArea note = new TextArea();
    private final Paragraph quote = new Paragraph();
    private final Button delete = new Button();
    private final Binder<CodingForm> binder = new Binder<>(CodingForm.class);

    private Consumer<CodingForm> onSave = form -> { };
    private Runnable onDelete = () -> { };

    CodingPanel() {
        setId("coding-panel");
        setHeaderTitle(getTranslation("coding.title"));
        setWidth("min(34rem, 96vw)");
        setCloseOnOutsideClick(false);

        code.setLabel(getTranslation("coding.code"));
        code.setItems(Code.values());
        code.setItemLabelGenerator(c -> (c.ordinal() + 1) + " · " + getTranslation("code." + c.id()));
        code.setId("coding-code");
        actor.setLabel(getTranslation("coding.actor"));
        actor.setId("coding-actor");
        addressee.setLabel(getTranslation("coding.addressee"));
        addressee.setId("coding-addressee");
        for (Select<Actor> select : List.of(actor, addressee)) {
            select.setItems(Actor.values());
            select.setItemLabelGenerator(a -> getTranslation("actor." + a.id()));
        }
        stage.setLabel(getTranslation("coding.stage"));
        stage.setId("coding-stage");
        stage.setItems(IntStream.rangeClosed(Stage.FIRST, Stage.LAST).boxed().toList());
        stage.setItemLabelGenerator(s -> s + " · " + getTranslation("stage." + s));
        valence.setLabel(getTranslation("coding.valence"));
        valence.setId("coding-valence");
        valence.setItems(Valence.values());
        valence.setItemLabelGenerator(v -> getTranslation("valence." + v.id()));
        eventDate.setLabel(getTranslation("coding.eventDate"));
        eventDate.addAttachListener(e -> eventDate.setI18n(datePickerI18n(e.getUI().getLocale())));
        eventDate.setId("coding-event-date");
        note.setLabel(getTranslation("coding.note"));
        note.setId("coding-note");
        note.setMaxLength(2000);
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> note.setHelperText(e.getValue().length() + " / 2000"));

        binder.forField(code).asRequired(getTranslation("coding.required")).bind("code");
        binder.forField(actor).asRequired(getTranslation("coding.required")).bind("actor");
        binder.forField(addressee).asRequired(getTranslation("coding.required"))
                .withValidator(value -> value == null || value == Actor.OTHER || value != actor.getValue(),
                        getTranslation("coding.sameActor"))
                .bind("addressee");
        binder.forField(stage).asRequired(getTranslation("coding.required")).bind("stage");
        binder.forField(valence)
                .withValidator(v -> v != null || code.getValue() != Code.SIGNAL, getTranslation("coding.valenceRequired"))
                .bind("valence");
        binder.forField(eventDate).bind("eventDate");
        binder.forField(note).bind("note");
        code.addValueChangeListener(e -> valence.setVisible(e.getValue() == Code.SIGNAL));

        FormLayout form = new FormLayout(code, actor, addressee, stage, valence, eventDate, note);
        form.setColspan(code, 2);
        form.setColspan(valence, 2);
        form.setColspan(note, 2);
        quote.addClassName("coding-quote");
        add(quote, form);

        Button save = new Button(getTranslation("coding.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("coding-save");
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL);
        delete.setText(getTranslation("coding.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("coding-delete");
        delete.addClickListener(e -> onDelete.run());
        Button cancel = new Button(getTranslation("coding.cancel"), e -> close());
        cancel.setId("coding-cancel");
        getFooter().add(delete, cancel, save);

        // 1, 2, 3 pick the code, but only while focus is on a choice: in the note or date they are text.
        for (Code c : Code.values()) {
            Shortcuts.addShortcutListener(this, () -> code.setValue(c), Key.of(Integer.toString(c.ordinal() + 1)))
                    .listenOn(code, actor, addressee, stage, valence, save, cancel);
        }
    }

    /** The date picker's own words (months, weekdays, buttons) in the interface language. */
    private DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        List<String> weekdays = Arrays.asList(symbols.getWeekdays()).subList(1, 8);
        List<String> weekdaysShort = Arrays.asList(symbols.getShortWeekdays()).subList(1, 8);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(weekdays)
                .setWeekdaysShort(weekdaysShort)
                .setFirstDayOfWeek(1)
                .setToday(getTranslation("datepicker.today"))
                .setCancel(getTranslation("datepicker.cancel"));
    }

    /** Opens the panel for a new span, prefilled with the coder's last choices. */
    void openNew(String quoteText, CodingForm defaults, Consumer<CodingForm> onSave) {
        open(quoteText, defaults, onSave, null);
    }

    void openEdit(AnnotationData annotation, Consumer<CodingForm> onSave, Runnable onDelete) {
        CodingForm form = new CodingForm(Code.parse(annotation.code()).orElse(null),
                Actor.parse(annotation.actor()).orElse(null), Actor.parse(annotation.addressee()).orElse(null),
                annotation.stage(), Valence.parse(annotation.valence()).orElse(null), annotation.eventDate(),
                annotation.note());
        open(annotation.quote(), form, onSave, onDelete);
    }

    private void open(String quoteText, CodingForm form, Consumer<CodingForm> onSave, Runnable onDelete) {
        this.onSave = onSave;
        this.onDelete = onDelete == null ? () -> { } : onDelete;
        setHeaderTitle(getTranslation(onDelete == null ? "coding.title" : "coding.editTitle"));
        quote.setText(quoteText);
        binder.readRecord(form);
        valence.setVisible(form.code() == Code.SIGNAL);
        delete.setVisible(onDelete != null);
        open();
        // Radio groups cannot take focus from the server, so focus lands on the first choice the user must make.
        if (form.code() == null) {
            code.getElement().executeJs("setTimeout(() => { const r = this.querySelector('vaadin-radio-button'); if (r) r.focus(); })");
        } else {
            actor.focus();
        }
    }

    private void save() {
        try {
            CodingForm form = binder.writeRecord();
            if (form.code() != Code.SIGNAL && form.valence() != null) {
                form = new CodingForm(form.code(), form.actor(), form.addressee(), form.stage(), null,
                        form.eventDate(), form.note());
            }
            onSave.accept(form);
        } catch (ValidationException invalid) {
            // The fields show their own messages.
        }
    }
}
