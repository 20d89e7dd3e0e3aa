package app.kasus.roster.ui;

import app.kasus.group.GroupService;
import app.kasus.security.AccountService;
import app.kasus.security.AccountSummary;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.provider.Query;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The accounts the signed-in user may manage, fetched page by page as the list scrolls (a class may have hundreds),
 * each page with its accounts' groups. Rows are told apart by account id, so a changed account stays selected.
 */
class AccountsGrid extends Composite<Grid<AccountRow>> {

    private final AccountService accounts;
    private final GroupService groups;
    private final CallbackDataProvider<AccountRow, Void> rows;
    private String filter = "";

    AccountsGrid(AccountService accounts, GroupService groups) {
        this.accounts = accounts;
        this.groups = groups;
        this.rows = new CallbackDataProvider<>(this::fetch, query -> (int) accounts.countManageable(filter),
                r -> r.account().id());
        Grid<AccountRow> grid = getContent();
        grid.setId("users-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("users.grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(AccountRow::username).setHeader(getTranslation("users.column.username"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.account().displayName()).setHeader(getTranslation("users.column.name")).setAutoWidth(true);
        grid.addColumn(r -> roleLabel(r.account())).setHeader(getTranslation("users.column.role")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(r -> String.join(", ", r.groups())).setHeader(getTranslation("users.column.groups"));
        grid.addColumn(r -> statusLabel(r.account())).setHeader(getTranslation("users.column.status"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.setItems(rows);
        grid.setEmptyStateText(getTranslation("users.empty"));
    }

    private Stream<AccountRow> fetch(Query<AccountRow, Void> query) {
        List<AccountSummary> page = accounts.manageable(filter, query.getOffset(), query.getLimit());
        Map<String, List<String>> groupsOf = groups.groupNamesOf(page.stream().map(AccountSummary::username).toList());
        return page.stream().map(a -> new AccountRow(a, groupsOf.getOrDefault(a.username(), List.of())));
    }

    Grid<AccountRow> grid() {
        return getContent();
    }

    /** Lists the accounts whose username or name contains {@code value}. */
    void setFilter(String value) {
        filter = value == null ? "" : value.strip();
        getContent().setEmptyStateText(getTranslation(filter.isEmpty() ? "users.empty" : "users.emptyFiltered", filter));
        // The buttons must never act on an account the list no longer shows.
        getContent().deselectAll();
        rows.refreshAll();
    }

    String filter() {
        return filter;
    }

    /** Shows the changed account in its row, and keeps it selected. */
    void show(AccountRow changed) {
        rows.refreshItem(changed);
        getContent().select(changed);
    }

    void reload() {
        getContent().deselectAll();
        rows.refreshAll();
    }

    private String roleLabel(AccountSummary account) {
        return getTranslation("role." + account.role().name().toLowerCase(java.util.Locale.ROOT));
    }

    private String statusLabel(AccountSummary account) {
        if (!account.enabled()) {
            return getTranslation("users.status.disabled");
        }
        return getTranslation(account.mustChangePassword() ? "users.status.mustChange" : "users.status.active");
    }
}
