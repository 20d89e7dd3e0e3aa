package app.kasus.review.ui;

import app.kasus.annotation.AnnotationCommand;
import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.StageDef;
import app.kasus.codebook.Valence;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Writes one gold span of a passage: where it lies (start and end, or a selection in the passage text shown at the
 * top) and how it is coded. The checks are the coding panel's; the service checks everything again.
 */
class GoldSpanDialog extends Dialog {

    private final String text;
    private final Codebook codebook;
    private final IntegerField start = new IntegerField();
    private final IntegerField end = new IntegerField();
    private final Paragraph quote = new Paragraph();
    private final Select<CodeDef> code = new Select<>();
    private final Select<ActorDef> actor = new Select<>();
    private final Select<ActorDef> addressee = new Select<>();
    private final Select<Integer> stage = new Select<>();
    private final RadioButtonGroup<Valence> valence = new RadioButtonGroup<>();
    private final DatePicker eventDate = new DatePicker();
    private final TextArea note = new TextArea();
    private final Binder<GoldSpanForm> binder = new Binder<>(GoldSpanForm.class);
    private Consumer<GoldSpanForm> onSave = form -> { };

    GoldSpanDialog(Codebook codebook, Locale locale, String text, String language, String passageName) {
        this.text = text;
        this.codebook = codebook;
        setId("gold-span-dialog");
        setWidth("min(40rem, 96vw)");
        setCloseOnOutsideClick(false);

        ReviewPassage passage = new ReviewPassage(text, language, passageName);
        passage.addClassName("review-dialog-passage");
        passage.addSelectionListener((from, to) -> {
            start.setValue(from);
            end.setValue(to);
        });
        Paragraph help = new Paragraph(getTranslation("review.form.selectHelp"));
        help.addClassName("review-help");
        start.setLabel(getTranslation("review.form.start"));
        start.setId("gold-start");
        end.setLabel(getTranslation("review.form.end"));
        end.setId("gold-end");
        for (IntegerField field : new IntegerField[] {start, end}) {
            field.setMin(0);
            field.setMax(text.length());
            field.setStepButtonsVisible(true);
            field.addValueChangeListener(e -> showQuote());
        }
        quote.setId("gold-quote");
        quote.addClassName("coding-quote");
        code.setLabel(getTranslation("coding.code"));
        code.setId("gold-code");
        code.setItems(codebook.codes());
        code.setItemLabelGenerator(c -> c.name().in(locale));
        code.addValueChangeListener(e -> valence.setVisible(isSignal(e.getValue())));
        actor.setLabel(getTranslation("coding.actor"));
        actor.setId("gold-actor");
        addressee.setLabel(getTranslation("coding.addressee"));
        addressee.setId("gold-addressee");
        for (Select<ActorDef> select : java.util.List.of(actor, addressee)) {
            select.setItems(codebook.actors());
            select.setItemLabelGenerator(a -> a.name().in(locale));
        }
        stage.setLabel(getTranslation("coding.stage"));
        stage.setId("gold-stage");
        stage.setItems(codebook.stages().stream().map(StageDef::number).toList());
        stage.setItemLabelGenerator(n -> n + " · " + codebook.stage(n).map(s -> s.name().in(locale)).orElse(""));
        valence.setLabel(getTranslation("coding.valence"));
        valence.setId("gold-valence");
        valence.setItems(Valence.values());
        valence.setItemLabelGenerator(v -> getTranslation("valence." + v.id()));
        eventDate.setLabel(getTranslation("coding.eventDate"));
        eventDate.setLocale(locale);
        eventDate.setId("gold-event-date");
        eventDate.setMin(AnnotationCommand.EARLIEST_EVENT_DATE);
        eventDate.setMax(AnnotationCommand.LATEST_EVENT_DATE);
        note.setLabel(getTranslation("coding.note"));
        note.setId("gold-note");
        note.setMaxLength(AnnotationCommand.MAX_NOTE_LENGTH);
        note.setValueChangeMode(ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> note.setHelperText(e.getValue().length() + " / "
                + AnnotationCommand.MAX_NOTE_LENGTH));
        bind();

        FormLayout form = new FormLayout(start, end, code, stage, actor, addressee, valence, eventDate, note);
        form.setColspan(valence, 2);
        form.setColspan(note, 2);
        add(passage, help, quote, form);

        Button save = new Button(getTranslation("coding.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("gold-save");
        save.addClickShortcut(Key.ENTER, KeyModifier.CONTROL).listenOn(form);
        Button cancel = new Button(getTranslation("coding.cancel"), e -> close());
        cancel.setId("gold-cancel");
        getFooter().add(cancel, save);
    }

    private void bind() {
        String required = getTranslation("coding.required");
        binder.forField(start).asRequired(required)
                .withValidator(v -> v >= 0 && v < text.length(), getTranslation("review.form.startRange", text.length()))
                .bind("start");
        binder.forField(end).asRequired(required)
                .withValidator(v -> v <= text.length(), getTranslation("review.form.endRange", text.length()))
                .withValidator(v -> start.getValue() == null || v > start.getValue(),
                        getTranslation("review.form.endAfterStart"))
                .bind("end");
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
    }

    private static boolean isSignal(CodeDef def) {
        return def != null && def.kind() == CodeKind.SIGNAL;
    }

    private void showQuote() {
        Integer from = start.getValue();
        Integer to = end.getValue();
        boolean valid = from != null && to != null && from >= 0 && from < to && to <= text.length();
        quote.setText(valid ? "“" + text.substring(from, to) + "”" : "");
    }

    /** A new gold span over {@code from}–{@code to} (both may be null when nothing was selected). */
    void openNew(Integer from, Integer to, Consumer<GoldSpanForm> onSave) {
        open(getTranslation("review.form.addTitle"),
                new GoldSpanForm(from, to, null, null, null, null, null, null, ""), onSave);
    }

    void openEdit(AnnotationData gold, Consumer<GoldSpanForm> onSave) {
        open(getTranslation("review.form.editTitle"), new GoldSpanForm(gold.start(), gold.end(),
                codebook.code(gold.code()).orElse(null), codebook.actor(gold.actor()).orElse(null),
                codebook.actor(gold.addressee()).orElse(null), gold.stage(),
                Valence.parse(gold.valence()).orElse(null), gold.eventDate(),
                gold.note() == null ? "" : gold.note()), onSave);
    }

    private void open(String title, GoldSpanForm form, Consumer<GoldSpanForm> onSave) {
        this.onSave = onSave;
        setHeaderTitle(title);
        binder.readRecord(form);
        valence.setVisible(isSignal(form.code()));
        showQuote();
        open();
        start.focus();
    }

    private void save() {
        try {
            GoldSpanForm form = binder.writeRecord();
            if (!isSignal(form.code()) && form.valence() != null) {
                form = new GoldSpanForm(form.start(), form.end(), form.code(), form.actor(), form.addressee(),
                        form.stage(), null, form.eventDate(), form.note());
            }
            onSave.accept(form);
        } catch (ValidationException invalid) {
            // The fields show their own messages.
        }
    }
}
