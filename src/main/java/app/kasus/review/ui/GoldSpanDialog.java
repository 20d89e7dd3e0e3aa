package app.kasus.review.ui;

import app.kasus.annotation.ui.CodingFields;
import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.Valence;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
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
    private final CodingFields fields;
    private final Binder<GoldSpanForm> binder = new Binder<>(GoldSpanForm.class);
    private Consumer<GoldSpanForm> onSave = form -> { };

    GoldSpanDialog(Codebook codebook, Locale locale, String text, String language, String passageName) {
        this.text = text;
        this.codebook = codebook;
        fields = new CodingFields(this, codebook, locale, "gold");
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
        code.addValueChangeListener(e -> fields.codeChosen(e.getValue()));
        bind();

        FormLayout form = new FormLayout(start, end, code, fields.stage, fields.actor, fields.addressee, fields.valence,
                fields.eventDate, fields.note);
        form.setColspan(fields.valence, 2);
        form.setColspan(fields.note, 2);
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
        fields.bind(binder, code::getValue);
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
        fields.codeChosen(form.code());
        showQuote();
        open();
        start.focus();
    }

    private void save() {
        try {
            GoldSpanForm form = binder.writeRecord();
            if (!CodingFields.isSignal(form.code()) && form.valence() != null) {
                form = new GoldSpanForm(form.start(), form.end(), form.code(), form.actor(), form.addressee(),
                        form.stage(), null, form.eventDate(), form.note());
            }
            onSave.accept(form);
        } catch (ValidationException invalid) {
            // The fields show their own messages.
        }
    }
}
