package app.kasus.roster.ui;

import app.kasus.base.ui.ListboxNames;
import app.kasus.base.InvalidInputException;
import app.kasus.group.GroupService;
import app.kasus.roster.RosterService;
import app.kasus.roster.RosterService.Enrolled;
import app.kasus.security.AccountService;
import app.kasus.security.NewAccount;
import app.kasus.security.Role;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/**
 * Creates one account: username, name, role (only the roles the creator may manage are offered) and, optionally,
 * existing groups. The form checks the shared rules first, in the reader's language; what only the service can
 * know (a name taken meanwhile) comes back to the field it concerns.
 */
class NewAccountDialog extends Dialog {

    private final AccountService accounts;
    private final RosterService roster;
    private final Consumer<Enrolled> onCreated;
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<String> groupField = new MultiSelectComboBox<>();
    private final Binder<NewAccountForm> binder = new Binder<>(NewAccountForm.class);
    private final Button save = new Button();

    NewAccountDialog(AccountService accounts, RosterService roster, GroupService groups, Set<Role> roles,
                     Consumer<Enrolled> onCreated) {
        this.accounts = accounts;
        this.roster = roster;
        this.onCreated = onCreated;
        setId("new-account-dialog");
        setHeaderTitle(getTranslation("users.new.title"));
        setWidth("min(36rem, 96vw)");
        setCloseOnOutsideClick(false);

        username.setId("new-username");
        username.setLabel(getTranslation("users.field.username"));
        username.setHelperText(getTranslation("users.username.help", Usernames.MIN_LENGTH, Usernames.MAX_LENGTH,
                Usernames.ALLOWED_DESCRIPTION));
        username.setMaxLength(Usernames.MAX_LENGTH);
        username.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        displayName.setId("new-display-name");
        displayName.setLabel(getTranslation("users.field.displayName"));
        displayName.setMaxLength(UserAccount.MAX_DISPLAY_NAME);
        displayName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
        for (TextField f : new TextField[] {username, displayName}) {
            f.setRequiredIndicatorVisible(true);
            f.setValueChangeMode(ValueChangeMode.ON_BLUR);
        }
        role.setId("new-role");
        role.setLabel(getTranslation("users.field.role"));
        role.setItems(roles.stream().sorted().toList());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name().toLowerCase(Locale.ROOT)));
        groupField.setId("new-groups");
        groupField.setLabel(getTranslation("users.field.groups"));
        ListboxNames.nameAfter(groupField, getTranslation("users.field.groups"));
        groupField.setHelperText(getTranslation("users.field.groups.help"));
        groupField.setItems(groups.all().stream().map(GroupService.GroupSummary::name).toList());
        bind();
        binder.readRecord(NewAccountForm.blank());

        FormLayout form = new FormLayout(username, displayName, role, groupField);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        Button cancel = new Button(getTranslation("users.cancel"), e -> close());
        cancel.setId("new-account-cancel");
        save.setText(getTranslation("users.new.save"));
        save.addClickListener(e -> save());
        save.setId("new-account-save");
        // One account per click, however fast the clicks come; enabled again when the form is refused.
        save.setDisableOnClick(true);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(cancel, save);
        addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                username.focus();
            }
        });
    }

    private void bind() {
        String required = getTranslation("users.required");
        binder.forField(username).asRequired(required)
                .withValidator(v -> Usernames.problem(v).isEmpty(),
                        getTranslation("users.username.rule", Usernames.MIN_LENGTH,
                                Usernames.MAX_LENGTH, Usernames.ALLOWED_DESCRIPTION))
                .bind("username");
        binder.forField(displayName).asRequired(required)
                .withValidator(v -> !v.isBlank(), required)
                .withValidator(v -> v.strip().length() <= UserAccount.MAX_DISPLAY_NAME,
                        getTranslation("users.tooLong", UserAccount.MAX_DISPLAY_NAME))
                .bind("displayName");
        // Not asRequired: the select always has a role chosen, and a required select marks its inner button with
        // aria-required, which a button may not carry (axe-core: aria-allowed-attr).
        binder.forField(role).withValidator(r -> r != null, required).bind("role");
        binder.forField(groupField).bind("groups");
    }

    private void save() {
        try {
            create();
        } finally {
            save.setEnabled(true);
        }
    }

    private void create() {
        NewAccountForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException invalid) {
            invalid.getFieldValidationErrors().stream().findFirst().map(s -> s.getField())
                    .filter(Focusable.class::isInstance).ifPresent(f -> ((Focusable<?>) f).focus());
            return;
        }
        NewAccount account = new NewAccount(form.username(), form.displayName(), form.role());
        Enrolled enrolled;
        try {
            enrolled = roster.createAccount(account, new ArrayList<>(form.groups()));
        } catch (InvalidInputException e) {
            refuse(e.field(), message(e, account));
            return;
        } catch (AccessDeniedException e) {
            refuse("role", getTranslation("users.role.denied"));
            return;
        }
        close();
        onCreated.accept(enrolled);
    }

    /** A taken name is the one refusal the form cannot foresee, so it gets words of its own. */
    private String message(InvalidInputException e, NewAccount account) {
        if ("username".equals(e.field()) && accounts.find(account.username()).isPresent()) {
            return getTranslation("users.username.exists", Usernames.normalize(account.username()));
        }
        return e.getMessage();
    }

    private void refuse(String field, String message) {
        HasValidationProperties target = switch (field == null ? "" : field) {
            case "displayName" -> displayName;
            case "role" -> role;
            case "name", "members" -> groupField;
            default -> username;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
        ((Focusable<?>) target).focus();
    }
}
