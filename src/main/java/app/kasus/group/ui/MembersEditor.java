package app.kasus.group.ui;

import app.kasus.security.AccountService;
import app.kasus.security.AccountSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * A group's members: a list with each member's name and a button to remove them, and a field to add one. The
 * field asks the accounts the signed-in user manages (an instructor: the students) page by page, filtered by
 * what is typed, so it stays quick for a class of hundreds. Every change is saved at once through
 * {@code save}, which receives the whole new list and says whether it was stored.
 */
class MembersEditor extends Div {

    private final AccountService accounts;
    private final Predicate<List<String>> save;
    private final H3 title = new H3();
    private final Grid<AccountSummary> grid = new Grid<>();
    private final ComboBox<AccountSummary> add = new ComboBox<>();
    private List<String> members = List.of();
    private String groupName = "";

    MembersEditor(AccountService accounts, Predicate<List<String>> save) {
        this.accounts = accounts;
        this.save = save;
        addClassName("group-members");
        grid.setId("group-members");
        grid.getElement().setAttribute("aria-label", getTranslation("groups.members"));
        grid.setEmptyStateText(getTranslation("groups.members.empty"));
        grid.addColumn(AccountSummary::displayName).setHeader(getTranslation("groups.members.name"))
                .setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(AccountSummary::username).setHeader(getTranslation("groups.members.username"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::removeButton).setHeader(getTranslation("groups.members.actions"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);

        add.setId("group-add-member");
        add.setLabel(getTranslation("groups.members.add"));
        add.setHelperText(getTranslation("groups.members.addHelp"));
        add.setClearButtonVisible(true);
        add.setWidthFull();
        add.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
        add.setItems(query -> accounts.manageable(query.getFilter().orElse(""), query.getOffset(), query.getLimit())
                .stream(), query -> (int) accounts.countManageable(query.getFilter().orElse("")));
        add.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                addMember(e.getValue());
            }
        });
        add(title, grid, add);
    }

    /** Shows the group's members as stored now. */
    void show(String groupName, List<String> usernames) {
        this.groupName = groupName;
        this.members = List.copyOf(usernames);
        title.setText(getTranslation("groups.membersCount", usernames.size()));
        List<AccountSummary> rows = new ArrayList<>(usernames.isEmpty() ? List.of() : accounts.summaries(usernames));
        rows.sort(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(AccountSummary::username));
        grid.setItems(rows);
        add.clear();
        add.setInvalid(false);
    }

    void focusAdd() {
        add.focus();
    }

    ComboBox<AccountSummary> addField() {
        return add;
    }

    private Component removeButton(AccountSummary member) {
        Button remove = new Button(getTranslation("groups.members.remove"), e -> removeMember(member));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        // Every row's button says "Remove"; the accessible name says whom, for those who hear the list.
        remove.setAriaLabel(getTranslation("groups.members.removeOne", member.displayName()));
        remove.addClassName("member-remove");
        return remove;
    }

    private void addMember(AccountSummary account) {
        if (members.contains(account.username())) {
            GroupFeedback.error(getTranslation("groups.members.already", account.displayName()));
            add.clear();
            return;
        }
        List<String> next = new ArrayList<>(members);
        next.add(account.username());
        if (save.test(next)) {
            GroupFeedback.success(getTranslation("groups.members.added", account.displayName(), groupName));
        }
        // Ready for the next name, whether or not this one was stored.
        add.clear();
        add.focus();
    }

    private void removeMember(AccountSummary member) {
        List<String> next = new ArrayList<>(members);
        next.remove(member.username());
        if (save.test(next)) {
            GroupFeedback.success(getTranslation("groups.members.removed", member.displayName(), groupName));
        }
        // The pressed button is gone with its row; the add field is the next sensible place for the keyboard.
        add.focus();
    }
}
