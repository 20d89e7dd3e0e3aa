package app.kasus.roster.ui;

import app.kasus.security.AccountService;
import app.kasus.security.AccountSummary;
import app.kasus.security.IssuedPassword;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Consumer;

/**
 * What can be done to the account selected in the list: disable or enable it, give it a new one-time password,
 * delete it. Nobody acts on their own account here (the service refuses too), so its buttons stay disabled.
 */
class AccountActions extends Div {

    private final AccountService accounts;
    private final String myUsername;
    private final Consumer<AccountRow> onChanged;
    private final Runnable onGone;
    private final Span selection = new Span();
    private final Button toggle = new Button();
    private final Button reset = new Button();
    private final Button delete = new Button();
    private AccountRow target;

    /** {@code onChanged} shows an account that changed; {@code onGone} reloads the list after one vanished. */
    AccountActions(AccountService accounts, String myUsername, Consumer<AccountRow> onChanged, Runnable onGone) {
        this.accounts = accounts;
        this.myUsername = myUsername;
        this.onChanged = onChanged;
        this.onGone = onGone;
        addClassName("account-actions");
        selection.setId("users-selection");
        selection.addClassName("users-selection");
        // Read out when the selection changes, so a keyboard user hears which account the buttons act on.
        selection.getElement().setAttribute("role", "status");
        toggle.setId("account-toggle");
        toggle.addClickListener(e -> toggle());
        reset.setId("account-reset");
        reset.setText(getTranslation("users.reset"));
        reset.addClickListener(e -> confirmReset());
        delete.setId("account-delete");
        delete.setText(getTranslation("users.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        Div buttons = new Div(toggle, reset, delete);
        buttons.addClassName("account-action-buttons");
        add(selection, buttons);
        setTarget(null);
    }

    void setTarget(AccountRow row) {
        target = row;
        boolean own = row != null && row.username().equals(myUsername);
        boolean actionable = row != null && !own;
        toggle.setText(getTranslation(row == null || row.account().enabled() ? "users.disable" : "users.enable"));
        for (Button b : new Button[] {toggle, reset, delete}) {
            b.setEnabled(actionable);
        }
        if (row == null) {
            selection.setText(getTranslation("users.selection.none"));
        } else if (own) {
            selection.setText(getTranslation("users.selection.own", row.username()));
        } else {
            selection.setText(getTranslation("users.selection", row.account().displayName(), row.username()));
        }
    }

    private void toggle() {
        AccountRow row = target;
        if (row == null) {
            return;
        }
        boolean disabling = row.account().enabled();
        AccountSummary[] changed = new AccountSummary[1];
        if (Notices.attempt(this, () -> changed[0] = disabling ? accounts.disable(row.username())
                : accounts.enable(row.username()), onGone, e -> Notices.error(e.getMessage()))) {
            Notices.success(getTranslation(disabling ? "users.disabled" : "users.enabled", row.username()));
            show(row.with(changed[0]));
        }
    }

    /** The list keeps the same account selected, so it reports no new selection: the buttons are told here. */
    private void show(AccountRow changed) {
        onChanged.accept(changed);
        setTarget(changed);
    }

    private void confirmReset() {
        AccountRow row = target;
        if (row == null) {
            return;
        }
        new Confirm("reset-dialog", getTranslation("users.reset.title", row.username()),
                getTranslation("users.reset.text", row.account().displayName()), getTranslation("users.reset.confirm"),
                false, () -> reset(row)).open();
    }

    private void reset(AccountRow row) {
        IssuedPassword[] issued = new IssuedPassword[1];
        if (Notices.attempt(this, () -> issued[0] = accounts.resetPassword(row.username()), onGone,
                e -> Notices.error(e.getMessage()))) {
            show(row.with(issued[0].account()));
            new OneTimePasswordDialog(issued[0]).open();
        }
    }

    private void confirmDelete() {
        AccountRow row = target;
        if (row == null) {
            return;
        }
        new Confirm("delete-dialog", getTranslation("users.delete.title", row.username()),
                getTranslation("users.delete.text", row.account().displayName()), getTranslation("users.delete.confirm"),
                true, () -> delete(row)).open();
    }

    private void delete(AccountRow row) {
        if (Notices.attempt(this, () -> accounts.delete(row.username()), onGone, e -> offerDisabling(row))) {
            Notices.success(getTranslation("users.deleted", row.username()));
            onGone.run();
        }
    }

    /** An account with coding is kept so no coder's work is lost; disabling is what the user most likely wants. */
    private void offerDisabling(AccountRow row) {
        if (!row.account().enabled()) {
            Notices.error(getTranslation("users.delete.hasCodingDisabled", row.username()));
            return;
        }
        new Confirm("delete-refused", getTranslation("users.delete.refused"),
                getTranslation("users.delete.hasCoding", row.username()), getTranslation("users.delete.disableInstead"),
                false, () -> {
                    target = row;
                    toggle();
                }).open();
    }
}
