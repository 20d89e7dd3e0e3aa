package app.kasus.codebook.ui;

import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.CodeUsage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.Consumer;

/**
 * Asks what becomes of a code's annotations before the code is deleted. When any annotation uses it, the
 * instructor must choose to move them to another code or to delete them with it: the confirm button stays
 * disabled until that choice is complete, so nothing is lost by a hasty click.
 */
class DeleteCodeDialog extends Dialog {

    enum Choice { MOVE, DELETE }

    private final RadioButtonGroup<Choice> choice = new RadioButtonGroup<>();
    private final Select<CodeDef> target = new Select<>();
    private final Button confirm = new Button(getTranslation("codebook.delete.confirm"));

    /** {@code onConfirm} receives the replacement code's key, or null to delete the annotations with the code. */
    DeleteCodeDialog(CodeDef code, long used, CodeUsage.Locked locked, List<CodeDef> targets,
                     Consumer<String> onConfirm) {
        setId("delete-code-dialog");
        setHeaderTitle(getTranslation("codebook.delete.title", code.key()));
        setWidth("min(30rem, 96vw)");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.setId("delete-code-confirm");
        Button cancel = new Button(getTranslation("codebook.cancel"), e -> close());
        cancel.setId("delete-code-cancel");
        getFooter().add(cancel, confirm);

        Paragraph count = new Paragraph(used == 0 ? getTranslation("codebook.delete.unused")
                : getTranslation("codebook.delete.used", used));
        count.setId("delete-code-usage");
        add(count);
        if (locked.any()) {
            // Whatever the choice, it would change locked coding: the service refuses, so nothing is offered.
            Paragraph refusal = new Paragraph(Feedback.lockedMessage(this, locked));
            refusal.setId("delete-code-locked");
            refusal.addClassName("delete-code-locked");
            add(refusal);
            confirm.setEnabled(false);
            return;
        }
        if (used == 0) {
            confirm.addClickListener(e -> {
                close();
                onConfirm.accept(null);
            });
            return;
        }

        choice.setId("delete-code-choice");
        choice.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        choice.setLabel(getTranslation("codebook.delete.question"));
        choice.setItems(Choice.values());
        choice.setItemLabelGenerator(c -> c == Choice.MOVE ? getTranslation("codebook.delete.move")
                : getTranslation("codebook.delete.drop"));
        choice.setItemEnabledProvider(c -> c != Choice.MOVE || !targets.isEmpty());
        if (targets.isEmpty()) {
            choice.setHelperText(getTranslation("codebook.delete.noTarget"));
        }
        target.setId("delete-code-target");
        target.setLabel(getTranslation("codebook.delete.target"));
        target.setItems(targets);
        target.setItemLabelGenerator(c -> c.name().in(getLocale()) + " (" + c.key() + ")");
        target.setEnabled(false);
        if (code.kind() == CodeKind.SIGNAL) {
            target.addValueChangeListener(e -> target.setHelperText(
                    e.getValue() != null && e.getValue().kind() != CodeKind.SIGNAL
                            ? getTranslation("codebook.delete.clearsValence") : null));
        }
        choice.addValueChangeListener(e -> update());
        target.addValueChangeListener(e -> update());
        confirm.setEnabled(false);
        confirm.addClickListener(e -> {
            String replacement = choice.getValue() == Choice.MOVE ? target.getValue().key() : null;
            close();
            onConfirm.accept(replacement);
        });
        target.setWidthFull();
        Div choices = new Div(choice, target);
        choices.addClassName("delete-code-choices");
        add(choices);
    }

    private void update() {
        boolean move = choice.getValue() == Choice.MOVE;
        target.setEnabled(move);
        confirm.setEnabled(choice.getValue() == Choice.DELETE || (move && target.getValue() != null));
    }
}
