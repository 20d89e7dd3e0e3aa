package app.kasus.roster.ui;

import app.kasus.group.GroupService;
import app.kasus.roster.RosterService;
import app.kasus.roster.RosterService.Enrolled;
import app.kasus.security.AccountService;
import app.kasus.security.CurrentUser;
import app.kasus.security.Role;
import app.kasus.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Set;

/**
 * The accounts an instructor (students) or administrator (everyone) manages: find one, disable or enable it, give
 * it a new one-time password, delete it; create one, or a whole class from a roster file.
 */
@Route("users")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class UsersView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final AccountsGrid list;
    /** How many accounts the list holds; read out after each search, so a screen reader hears whether any matched. */
    private final Span count = new Span();

    UsersView(AccountService accounts, RosterService roster, GroupService groups, CurrentUser currentUser) {
        this.accounts = accounts;
        addClassName("users-view");
        UserAccount me = currentUser.require();
        Set<Role> manageable = accounts.manageableRoles();
        list = new AccountsGrid(accounts, groups);
        AccountActions actions = new AccountActions(accounts, me.getUsername(), list::show, this::reload);
        list.grid().asSingleSelect().addValueChangeListener(e -> actions.setTarget(e.getValue()));

        TextField filter = new TextField(getTranslation("users.filter"));
        filter.setId("users-filter");
        filter.setPlaceholder(getTranslation("users.filter.placeholder"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setClearButtonVisible(true);
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(e -> {
            list.setFilter(e.getValue());
            showCount();
        });
        count.setId("users-count");
        count.addClassName("users-count");
        count.getElement().setAttribute("role", "status");
        showCount();

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> new NewAccountDialog(accounts, roster, groups, manageable, this::created).open());
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        RouterLink importRoster = new RouterLink(getTranslation("users.import"), RosterImportView.class);
        importRoster.setId("import-roster");
        importRoster.addClassName("import-roster-link");
        Div toolbar = new Div(filter, count, create, importRoster);
        toolbar.addClassName("users-toolbar");

        Paragraph intro = new Paragraph(getTranslation(manageable.size() > 1 ? "users.intro.admin"
                : "users.intro.instructor"));
        intro.addClassName("users-intro");
        add(new H1(getTranslation("users.title")), intro, toolbar, actions, list);
    }

    private void reload() {
        list.reload();
        showCount();
    }

    private void showCount() {
        long matching = accounts.countManageable(list.filter());
        count.setText(list.filter().isEmpty() ? getTranslation("users.count", matching)
                : getTranslation("users.countFiltered", matching, list.filter()));
    }

    private void created(Enrolled enrolled) {
        reload();
        Notices.success(getTranslation("users.created", enrolled.issued().account().username()));
        new OneTimePasswordDialog(enrolled.issued()).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " \u00b7 Kasus";
    }
}
