package app.kasus.group.ui;

import app.kasus.group.GroupService;
import app.kasus.group.GroupService.GroupSummary;
import app.kasus.security.AccountService;
import app.kasus.security.AccountSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The groups list and, beside it, the chosen group: its name, its members and a way to delete it. Every change
 * sends the version of the group as last read, so a change someone else made meanwhile is reported and reloaded
 * instead of silently undone.
 */
class GroupsEditor extends Div {

    private final GroupService groups;
    private final AccountService accounts;
    private final GroupList list;
    private final Paragraph hint = new Paragraph();
    private final Div detail = new Div();
    private final H2 detailTitle = new H2();
    private final GroupNameForm nameForm;
    private final MembersEditor members;
    private final Button delete = new Button();
    /** The chosen group as last read; null while a new group is being named or none is chosen. */
    private GroupSummary current;

    GroupsEditor(GroupService groups, AccountService accounts) {
        this.groups = groups;
        this.accounts = accounts;
        addClassName("groups-editor");
        list = new GroupList(this::choose, this::startNew);
        nameForm = new GroupNameForm(this::saveName, this::close);
        members = new MembersEditor(accounts, this::saveMembers);
        delete.setText(getTranslation("groups.delete"));
        delete.setId("group-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.addClickListener(e -> confirmDelete());
        hint.setText(getTranslation("groups.select"));
        hint.addClassName("groups-hint");
        detail.setId("group-detail");
        detail.addClassName("group-detail");
        detail.add(detailTitle, nameForm, members, delete);
        add(list, hint, detail);
        refresh(null);
        showDetail(false);
    }

    private void choose(GroupSummary group) {
        if (group == null) {
            close();
        } else {
            edit(group);
        }
    }

    private void edit(GroupSummary group) {
        current = group;
        detailTitle.setText(group.name());
        nameForm.read(group.name());
        members.show(group.name(), group.members());
        members.setVisible(true);
        delete.setVisible(true);
        showDetail(true);
    }

    private void startNew() {
        list.select(null, List.of());
        current = null;
        detailTitle.setText(getTranslation("groups.newTitle"));
        nameForm.read("");
        members.setVisible(false);
        delete.setVisible(false);
        showDetail(true);
        nameForm.focus();
    }

    private void close() {
        boolean wasOpen = detail.isVisible();
        boolean wasNew = wasOpen && current == null;
        current = null;
        list.select(null, List.of());
        showDetail(false);
        // The focused button went with the panel: the keyboard continues where the panel was opened from.
        if (wasNew) {
            list.focusNew();
        } else if (wasOpen) {
            list.focusList();
        }
    }

    private void showDetail(boolean visible) {
        detail.setVisible(visible);
        hint.setVisible(!visible);
    }

    /** Reads the groups again and selects the one with {@code selectId}, which is returned when it still exists. */
    private Optional<GroupSummary> refresh(Long selectId) {
        List<GroupSummary> all = groups.all();
        list.show(all, previewNames(all));
        return list.select(selectId, all);
    }

    /** After someone else's change: the chosen group as stored now, or nothing chosen when it is gone. */
    private void reload() {
        refresh(current == null ? null : current.id()).ifPresentOrElse(this::edit, this::close);
    }

    private Map<String, String> previewNames(List<GroupSummary> all) {
        List<String> shown = all.stream().flatMap(g -> g.members().stream().limit(GroupList.PREVIEW))
                .distinct().toList();
        return shown.isEmpty() ? Map.of() : accounts.summaries(shown).stream()
                .collect(Collectors.toMap(AccountSummary::username, AccountSummary::displayName, (a, b) -> a));
    }

    private void saveName(GroupForm form) {
        String name = form.name().strip();
        GroupSummary before = current;
        // Said here in the reader's language; the service refuses it too (in English) if it slips past this check.
        if (groups.exists(name) && (before == null || !before.name().equalsIgnoreCase(name))) {
            nameForm.refuse(getTranslation("groups.nameTaken", name));
            return;
        }
        Optional<GroupSummary> saved = GroupFeedback.attempt(this, () -> before == null ? groups.create(name)
                        : groups.rename(before.id(), name, before.version()),
                Map.of("name", nameForm.field()), this::reload);
        saved.ifPresent(group -> {
            refresh(group.id());
            edit(group);
            if (before == null) {
                GroupFeedback.success(getTranslation("groups.created", group.name()));
                members.focusAdd();
            } else {
                GroupFeedback.success(getTranslation("groups.renamed", group.name()));
            }
        });
    }

    private boolean saveMembers(List<String> usernames) {
        GroupSummary before = current;
        if (before == null) {
            return false;
        }
        Optional<GroupSummary> saved = GroupFeedback.attempt(this,
                () -> groups.setMembers(before.id(), usernames, before.version()),
                Map.of("members", members.addField()), this::reload);
        saved.ifPresent(group -> {
            current = group;
            // The name field may hold an unsaved rename; only the members and the list change.
            members.show(group.name(), group.members());
            refresh(group.id());
        });
        return saved.isPresent();
    }

    private void confirmDelete() {
        if (current != null) {
            GroupSummary doomed = current;
            new DeleteGroupDialog(doomed, () -> delete(doomed)).open();
        }
    }

    private void delete(GroupSummary group) {
        if (GroupFeedback.attempt(this, () -> {
            groups.delete(group.id(), group.version());
            return Boolean.TRUE;
        }, Map.of(), this::reload).isPresent()) {
            GroupFeedback.success(getTranslation("groups.deleted", group.name()));
            current = null;
            refresh(null);
            showDetail(false);
            list.focusNew();
        }
    }
}
