package app.kasus.security.ui;

import app.kasus.security.Role;
import app.kasus.security.SignInAudit;
import app.kasus.security.SignInEvent;
import app.kasus.security.SignInOutcome;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * The sign-in audit log for administrators: every attempt, newest first, fetched page by page as the list scrolls
 * (the log keeps months of attempts), found by the name typed and by how the attempt ended.
 */
@Route("admin/sign-ins")
@RolesAllowed(Role.ADMIN_NAME)
class SignInsView extends Main implements HasDynamicTitle {

    private final TextField username = new TextField();
    private final Select<SignInOutcome> outcome = new Select<>();
    private final Grid<SignInEvent> grid = new Grid<>();
    private final CallbackDataProvider<SignInEvent, Void> rows;

    SignInsView(SignInAudit audit) {
        addClassName("sign-ins-view");
        rows = new CallbackDataProvider<>(query -> audit.page(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter())), SignInEvent::id);

        username.setLabel(getTranslation("signIns.filter.username"));
        username.setId("sign-ins-username");
        username.setPrefixComponent(VaadinIcon.SEARCH.create());
        username.setClearButtonVisible(true);
        username.setMaxLength(SignInAudit.MAX_NAME);
        username.setValueChangeMode(ValueChangeMode.LAZY);
        username.addValueChangeListener(e -> rows.refreshAll());

        outcome.setLabel(getTranslation("signIns.filter.outcome"));
        outcome.setId("sign-ins-outcome");
        outcome.setItems(SignInOutcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("signIns.outcome.any"));
        outcome.setItemLabelGenerator(o -> o == null ? getTranslation("signIns.outcome.any") : label(o.name()));
        outcome.addValueChangeListener(e -> rows.refreshAll());
        Div filters = new Div(username, outcome);
        filters.addClassName("sign-ins-filters");

        DateTimeFormatter time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        grid.setId("sign-ins-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("signIns.grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> time.format(e.occurred())).setHeader(getTranslation("signIns.column.time"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SignInEvent::username).setHeader(getTranslation("signIns.column.username"));
        grid.addColumn(e -> label(e.outcome())).setHeader(getTranslation("signIns.column.outcome")).setAutoWidth(true);
        grid.addColumn(e -> e.remoteAddress() == null ? getTranslation("signIns.noAddress") : e.remoteAddress())
                .setHeader(getTranslation("signIns.column.address")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("signIns.empty"));
        grid.setItems(rows);

        Paragraph intro = new Paragraph(getTranslation("signIns.intro"));
        intro.addClassName("sign-ins-intro");
        add(new H1(getTranslation("signIns.title")), intro, filters, grid);
    }

    private SignInAudit.Filter filter() {
        return new SignInAudit.Filter(username.getValue(), outcome.getValue());
    }

    /** An outcome the log holds by name; one this version does not know shows as its name. */
    private String label(String outcomeName) {
        String key = "signIns.outcome." + outcomeName;
        String text = getTranslation(key);
        return text.equals(key) || text.startsWith("!") ? outcomeName : text;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signIns.title") + " \u00b7 Kasus";
    }
}
