package app.kasus.group.ui;

import app.kasus.group.GroupService;
import app.kasus.group.SeminarGroup;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A group's name, for a new group and for renaming one: a buffered form whose rule is the service's own
 * ({@link GroupService#nameProblem}), so a mistake is shown at the field in the reader's language before
 * anything is sent. Enter saves, Escape cancels.
 */
class GroupNameForm extends Div {

    private final TextField name = new TextField();
    private final Binder<GroupForm> binder = new Binder<>(GroupForm.class);

    GroupNameForm(Consumer<GroupForm> onSave, Runnable onCancel) {
        addClassName("group-name-form");
        name.setId("group-name");
        name.setLabel(getTranslation("groups.field.name"));
        name.setHelperText(getTranslation("groups.nameHelp", SeminarGroup.MAX_NAME_LENGTH));
        name.setMaxLength(SeminarGroup.MAX_NAME_LENGTH);
        name.setRequiredIndicatorVisible(true);
        name.setValueChangeMode(ValueChangeMode.EAGER);
        name.setWidthFull();
        binder.forField(name).asRequired(getTranslation("groups.required"))
                .withValidator(v -> GroupService.nameProblem(v).isEmpty(),
                        getTranslation("groups.nameRule", SeminarGroup.MAX_NAME_LENGTH))
                .bind("name");

        Button save = new Button(getTranslation("groups.save"), e -> written().ifPresent(onSave));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("group-save");
        save.addClickShortcut(Key.ENTER).listenOn(name);
        Button cancel = new Button(getTranslation("groups.cancel"), e -> onCancel.run());
        cancel.setId("group-cancel");
        cancel.addClickShortcut(Key.ESCAPE).listenOn(name);
        Div buttons = new Div(save, cancel);
        buttons.addClassName("group-buttons");
        add(name, buttons);
    }

    void read(String value) {
        binder.readRecord(new GroupForm(value));
        name.setInvalid(false);
    }

    /** The form's record when the name is acceptable; otherwise empty, with focus on the field and its message. */
    private Optional<GroupForm> written() {
        try {
            return Optional.of(binder.writeRecord());
        } catch (ValidationException invalid) {
            name.focus();
            return Optional.empty();
        }
    }

    /** Marks the name as refused with the reason, where a screen reader reads it when focus returns. */
    void refuse(String message) {
        name.setErrorMessage(message);
        name.setInvalid(true);
        name.focus();
    }

    TextField field() {
        return name;
    }

    void focus() {
        name.focus();
    }
}
