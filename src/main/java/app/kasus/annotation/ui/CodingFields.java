package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationCommand;
import app.kasus.base.ui.BrowserHidden;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.StageDef;
import app.kasus.codebook.Valence;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The fields that say how a span is coded besides its code — actor, addressee, stage, valence, event date, note —
 * with their labels, choices, limits and checks. The coder's panel and the instructors' gold form both use them, so
 * a coding is held to the same rules wherever it is written; each form names its fields by its own id prefix.
 */
public final class CodingFields {

    public final Select<ActorDef> actor = new Select<>();
    public final Select<ActorDef> addressee = new Select<>();
    public final Select<Integer> stage = new Select<>();
    public final RadioButtonGroup<Valence> valence = new RadioButtonGroup<>();
    public final DatePicker eventDate = new DatePicker();
    public final TextArea note = new TextArea();
    private final Component owner;

    /** {@code owner}: the form the fields sit in, whose translations they use; ids are {@code <idPrefix>-actor} etc. */
    public CodingFields(Component owner, Codebook codebook, Locale locale, String idPrefix) {
        this.owner = owner;
        actor.setLabel(owner.getTranslation("coding.actor"));
        actor.setId(idPrefix + "-actor");
        addressee.setLabel(owner.getTranslation("coding.addressee"));
        addressee.setId(idPrefix + "-addressee");
        for (Select<ActorDef> select : List.of(actor, addressee)) {
            select.setItems(codebook.actors());
            select.setItemLabelGenerator(a -> a.name().in(locale));
        }
        // Required selects: see SelectRole for why their button is announced as a combobox.
        List.of(actor, addressee, stage).forEach(SelectRole::asCombobox);
        stage.setLabel(owner.getTranslation("coding.stage"));
        stage.setId(idPrefix + "-stage");
        stage.setItems(codebook.stages().stream().map(StageDef::number).toList());
        stage.setItemLabelGenerator(n -> n + " · " + codebook.stage(n).map(s -> s.name().in(locale)).orElse(""));
        stage.addValueChangeListener(e -> stage.setHelperText(e.getValue() == null ? null
                : codebook.stage(e.getValue()).map(s -> s.definition().in(locale)).orElse(null)));
        valence.setLabel(owner.getTranslation("coding.valence"));
        valence.setId(idPrefix + "-valence");
        valence.setItems(Valence.values());
        valence.setItemLabelGenerator(v -> owner.getTranslation("valence." + v.id()));
        eventDate.setLabel(owner.getTranslation("coding.eventDate"));
        eventDate.setI18n(datePickerI18n(locale));
        eventDate.setLocale(locale);
        eventDate.setId(idPrefix + "-event-date");
        eventDate.setMin(AnnotationCommand.EARLIEST_EVENT_DATE);
        eventDate.setMax(AnnotationCommand.LATEST_EVENT_DATE);
        note.setLabel(owner.getTranslation("coding.note"));
        note.setId(idPrefix + "-note");
        note.setMaxLength(AnnotationCommand.MAX_NOTE_LENGTH);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> note.setHelperText(e.getValue().length() + " / "
                + AnnotationCommand.MAX_NOTE_LENGTH));
    }

    /**
     * Binds the fields to the form's properties of the same names ({@code actor}, {@code addressee}, {@code stage},
     * {@code valence}, {@code eventDate}, {@code note}); {@code code} is the code chosen in the form, which decides
     * whether a valence is required.
     */
    public void bind(Binder<?> binder, Supplier<CodeDef> code) {
        String required = owner.getTranslation("coding.required");
        binder.forField(actor).asRequired(required).bind("actor");
        binder.forField(addressee).asRequired(required)
                .withValidator(value -> value == null || !value.equals(actor.getValue())
                        || "other".equalsIgnoreCase(value.key()), owner.getTranslation("coding.sameActor"))
                .bind("addressee");
        binder.forField(stage).asRequired(required).bind("stage");
        binder.forField(valence)
                .withValidator(v -> v != null || !isSignal(code.get()), owner.getTranslation("coding.valenceRequired"))
                .bind("valence");
        binder.forField(eventDate).bind("eventDate");
        binder.forField(note).bind("note");
    }

    /** Only a signal has a valence: the choice shows for signals alone. */
    public void codeChosen(CodeDef code) {
        BrowserHidden.set(valence, !isSignal(code));
    }

    public static boolean isSignal(CodeDef def) {
        return def != null && def.kind() == CodeKind.SIGNAL;
    }

    /** The date picker's own words (months, weekdays, buttons) in the interface language. */
    private DatePicker.DatePickerI18n datePickerI18n(Locale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(Arrays.asList(symbols.getWeekdays()).subList(1, 8))
                .setWeekdaysShort(Arrays.asList(symbols.getShortWeekdays()).subList(1, 8))
                .setFirstDayOfWeek(1)
                .setToday(owner.getTranslation("datepicker.today"))
                .setCancel(owner.getTranslation("datepicker.cancel"));
    }
}
