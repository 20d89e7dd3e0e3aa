package app.kasus.security.ui;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.ui.Notify;
import app.kasus.security.ApiTokenInfo;
import app.kasus.security.ApiTokenService;
import app.kasus.security.ApiTokens;
import app.kasus.security.IssuedToken;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The user's personal API tokens on <em>My account</em>: the list (never a secret), a form to create one (the
 * secret is shown once, in {@link IssuedTokenDialog}) and revoking with confirmation. The name's length limit and
 * the lifetime's bounds come from {@link ApiTokens} and {@link ApiTokenService}, which check them again.
 */
class ApiTokensSection extends Section {

    private final ApiTokenService tokens;
    private final Grid<ApiTokenInfo> grid = new Grid<>();
    private final Paragraph empty = new Paragraph();
    private final TextField name = new TextField();
    private final IntegerField days = new IntegerField();
    private final Binder<TokenForm> binder = new Binder<>(TokenForm.class);
    private ZoneId zone = ZoneId.systemDefault();

    ApiTokensSection(ApiTokenService tokens) {
        this.tokens = tokens;
        setId("api-tokens");
        addClassName("account-tokens");
        H2 heading = new H2(getTranslation("account.tokens.title"));
        heading.setId("api-tokens-heading");
        Paragraph intro = new Paragraph(getTranslation("account.tokens.intro"));

        grid.setId("api-tokens-grid");
        grid.setAriaLabel(getTranslation("account.tokens.title"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiTokenInfo::name).setHeader(getTranslation("account.tokens.name")).setFlexGrow(2);
        grid.addColumn(t -> format(t.created())).setHeader(getTranslation("account.tokens.created"));
        grid.addColumn(this::expiry).setHeader(getTranslation("account.tokens.expires"));
        grid.addColumn(t -> t.lastUsed() == null ? getTranslation("account.tokens.never") : format(t.lastUsed()))
                .setHeader(getTranslation("account.tokens.lastUsed"));
        grid.addComponentColumn(this::revokeButton).setHeader(getTranslation("account.tokens.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> tokens.mine(query.getOffset(), query.getLimit()).stream(), query -> tokens.countMine());
        empty.setId("api-tokens-empty");
        empty.setText(getTranslation("account.tokens.none"));

        name.setId("token-name");
        name.setLabel(getTranslation("account.tokens.name"));
        name.setMaxLength(ApiTokens.MAX_NAME_LENGTH);
        name.setHelperText(getTranslation("account.tokens.name.help", ApiTokens.MAX_NAME_LENGTH));
        name.setRequiredIndicatorVisible(true);
        name.setValueChangeMode(ValueChangeMode.ON_BLUR);
        days.setId("token-days");
        days.setLabel(getTranslation("account.tokens.days"));
        days.setMin(1);
        days.setMax(tokens.maxDays());
        days.setStepButtonsVisible(true);
        days.setHelperText(getTranslation("account.tokens.days.help", tokens.maxDays(), tokens.defaultDays()));
        days.setRequiredIndicatorVisible(true);
        binder.forField(name).asRequired(getTranslation("account.tokens.name.required"))
                .withValidator(n -> n.strip().length() <= ApiTokens.MAX_NAME_LENGTH,
                        getTranslation("account.tokens.name.tooLong", ApiTokens.MAX_NAME_LENGTH))
                .withValidator(n -> !n.isBlank(), getTranslation("account.tokens.name.required"))
                .bind("name");
        binder.forField(days).asRequired(getTranslation("account.tokens.days.range", tokens.maxDays()))
                .withValidator(d -> d >= 1 && d <= tokens.maxDays(),
                        getTranslation("account.tokens.days.range", tokens.maxDays()))
                .bind("days");
        Button create = new Button(getTranslation("account.tokens.create"), e -> create());
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, days);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30em", 2));
        form.setMaxWidth("40em");
        add(heading, intro, grid, empty, form, create);
        clearForm();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        refresh();
        attach.getUI().getPage().retrieveExtendedClientDetails(details -> {
            try {
                if (details.getTimeZoneId() != null) {
                    zone = ZoneId.of(details.getTimeZoneId());
                    grid.getDataProvider().refreshAll();
                }
            } catch (DateTimeException e) {
                // An unknown zone keeps the server's.
            }
        });
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        boolean none = tokens.countMine() == 0;
        grid.setVisible(!none);
        empty.setVisible(none);
    }

    private void create() {
        TokenForm form;
        try {
            form = binder.writeRecord();
        } catch (ValidationException e) {
            return;
        }
        IssuedToken issued;
        try {
            issued = tokens.create(form.name(), form.days());
        } catch (InvalidInputException e) {
            var field = "name".equals(e.field()) ? name : days;
            field.setErrorMessage(e.getMessage());
            field.setInvalid(true);
            field.focus();
            return;
        }
        clearForm();
        refresh();
        new IssuedTokenDialog(issued).open();
    }

    private void clearForm() {
        name.clear();
        days.setValue(tokens.defaultDays());
        name.setInvalid(false);
        days.setInvalid(false);
    }

    private Button revokeButton(ApiTokenInfo token) {
        Button revoke = new Button(getTranslation("account.tokens.revoke"), e -> new RevokeTokenDialog(token, () -> {
            try {
                tokens.revoke(token.id());
                Notify.success(getTranslation("account.tokens.revoked", token.name()));
            } catch (NotFoundException gone) {
                Notify.error(getTranslation("account.tokens.gone"));
            }
            refresh();
        }).open());
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel(getTranslation("account.tokens.revoke.aria", token.name()));
        revoke.addClassName("token-revoke");
        return revoke;
    }

    private String expiry(ApiTokenInfo token) {
        return token.expires().isAfter(Instant.now()) ? format(token.expires())
                : getTranslation("account.tokens.expired", format(token.expires()));
    }

    private String format(Instant instant) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(zone).format(instant);
    }
}
