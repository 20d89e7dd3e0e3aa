package app.kasus.codebook.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;

/** The frame every codebook editor puts its fields in: a title, the fields in two columns, save and cancel. */
final class EditorForm extends Div {

    private final H3 title = new H3();

    /** Button ids are {@code <idPrefix>-save} and {@code <idPrefix>-cancel}; {@code extra} buttons follow them. */
    EditorForm(String idPrefix, Runnable onSave, Runnable onCancel, Component[] fields, Component... extra) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28em", 2));
        Button save = new Button(getTranslation("codebook.save"), e -> onSave.run());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(idPrefix + "-save");
        Button cancel = new Button(getTranslation("codebook.cancel"), e -> onCancel.run());
        cancel.setId(idPrefix + "-cancel");
        Div buttons = new Div(save, cancel);
        buttons.add(extra);
        buttons.addClassName("codebook-buttons");
        add(title, layout, buttons);
        addClassName("codebook-form");
        setVisible(false);
    }

    void setHeading(String text) {
        title.setText(text);
    }
}
