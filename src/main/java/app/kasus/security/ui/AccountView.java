package app.kasus.security.ui;

import app.kasus.base.InvalidInputException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.Notify;
import app.kasus.security.AccountService;
import app.kasus.security.ApiTokenService;
import app.kasus.security.CurrentUser;
import app.kasus.security.Passwords;
import app.kasus.security.UserAccount;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

/**
 * A user's own account: who they are, their password and their personal API tokens. A user still holding a one-time password lands here
 * whatever they open (see {@link SignedInPages}) and leaves only by choosing their own.
 */
@Route("account")
@PermitAll
class AccountView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final H1 title = new H1();
    private final Paragraph intro = new Paragraph();
    private final Div facts = new Div();
    private final PasswordField current = new PasswordField();
    private final PasswordField next = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Binder<PasswordForm> binder = new Binder<>(PasswordForm.class);
    private final ApiTokensSection tokenSection;
    private boolean forced;

    AccountView(AccountService accounts, CurrentUser currentUser, ApiTokenService tokens) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        addClassName("account-view");
        intro.setId("account-intro");
        facts.addClassName("account-facts");

        current.setId("password-current");
        next.setId("password-new");
        repeat.setId("password-repeat");
        current.setLabel(getTranslation("account.current"));
        next.setLabel(getTranslation("account.new"));
        next.setHelperText(getTranslation("account.new.help", Passwords.MIN_LENGTH));
        repeat.setLabel(getTranslation("account.repeat"));
        for (PasswordField f : new PasswordField[] {current, next, repeat}) {
            f.setRequiredIndicatorVisible(true);
            f.setValueChangeMode(ValueChangeMode.ON_BLUR);
            f.setWidthFull();
        }
        current.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.CURRENT_PASSWORD);
        next.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        repeat.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);

        binder.forField(current).asRequired(getTranslation("account.required")).bind("current");
        binder.forField(next).asRequired(getTranslation("account.required"))
                .withValidator(p -> Passwords.problem(p).isEmpty(), getTranslation("account.tooShort",
                        Passwords.MIN_LENGTH, Passwords.MAX_BYTES))
                .bind("next");
        binder.forField(repeat).asRequired(getTranslation("account.required"))
                .withValidator(p -> p.equals(next.getValue()), getTranslation("account.mismatch"))
                .bind("repeat");

        Button save = new Button(getTranslation("account.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("password-save");
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FormLayout form = new FormLayout(current, next, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28em");
        Section passwordSection = new Section(new H2(getTranslation("account.password")), form, save);
        passwordSection.addClassName("account-password");
        tokenSection = new ApiTokensSection(tokens);
        add(title, intro, facts, passwordSection, tokenSection);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        UserAccount me = currentUser.require();
        forced = me.mustChangePassword();
        title.setText(getTranslation(forced ? "account.forced.title" : "account.title"));
        intro.setText(forced ? getTranslation("account.forced.intro") : "");
        intro.setVisible(forced);
        // Until the one-time password is replaced the API refuses tokens anyway; one thing at a time.
        tokenSection.setVisible(!forced);
        current.setLabel(getTranslation(forced ? "account.current.oneTime" : "account.current"));
        facts.removeAll();
        facts.add(fact("account.username", me.getUsername()), fact("account.displayName", me.getDisplayName()),
                fact("account.role", getTranslation("role." + me.getRole().name().toLowerCase())));
        clearFields();
        current.focus();
    }

    private Paragraph fact(String key, String value) {
        Paragraph p = new Paragraph(getTranslation(key) + ": " + value);
        p.addClassName("account-fact");
        return p;
    }

    private void save() {
        PasswordForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        try {
            accounts.changeOwnPassword(form.current(), form.next());
        } catch (InvalidInputException e) {
            PasswordField field = "currentPassword".equals(e.field()) ? current : next;
            field.setErrorMessage("currentPassword".equals(e.field()) ? getTranslation("account.wrongCurrent")
                    : e.getMessage());
            field.setInvalid(true);
            field.focus();
            return;
        } catch (StaleVersionException e) {
            Notify.error(getTranslation("account.changedMeanwhile"));
            return;
        }
        UI.getCurrent().getSession().setAttribute(SignedInPages.PASSWORD_CHOSEN, Boolean.TRUE);
        clearFields();
        Notify.success(getTranslation("account.saved"));
        if (forced) {
            UI.getCurrent().navigate("");
        }
    }

    private void clearFields() {
        current.clear();
        next.clear();
        repeat.clear();
        current.setInvalid(false);
        next.setInvalid(false);
        repeat.setInvalid(false);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title") + " \u00b7 Kasus";
    }
}
