package app.kasus.group.ui;

import app.kasus.group.GroupService.GroupSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The groups as a list: name, how many members, and the first few of them by name. Choosing a row (click, or
 * the arrow keys and Space) opens the group beside the list; choosing it again closes it.
 */
class GroupList extends Div {

    /** How many members the list names per group; the rest are counted. */
    static final int PREVIEW = 3;

    private final Grid<GroupSummary> grid = new Grid<>();
    private final Button create = new Button();
    private Map<String, String> displayNames = Map.of();

    GroupList(Consumer<GroupSummary> onChoose, Runnable onNew) {
        addClassName("group-list");
        grid.setId("groups-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("groups.list"));
        grid.setEmptyStateText(getTranslation("groups.empty"));
        grid.addColumn(GroupSummary::name).setHeader(getTranslation("groups.column.name"))
                .setAutoWidth(true).setFlexGrow(1).setSortable(true)
                .setComparator((a, b) -> a.name().compareToIgnoreCase(b.name()));
        // Wide enough for the header with its sort indicator, which auto width cuts short.
        grid.addColumn(g -> g.members().size()).setHeader(getTranslation("groups.column.count"))
                .setWidth("9em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END).setSortable(true)
                .setComparator(g -> g.members().size());
        grid.addColumn(this::preview).setHeader(getTranslation("groups.column.preview")).setFlexGrow(2);
        grid.asSingleSelect().addValueChangeListener(e -> {
            // Selections the page makes itself (after a save or reload) are followed up by the page.
            if (e.isFromClient()) {
                onChoose.accept(e.getValue());
            }
        });

        create.setText(getTranslation("groups.new"));
        create.setId("new-group");
        create.addClickListener(e -> onNew.run());
        add(create, grid);
    }

    /** Shows the groups; {@code names} maps (at least) each group's first members to their display names. */
    void show(List<GroupSummary> groups, Map<String, String> names) {
        this.displayNames = names;
        grid.setItems(groups);
    }

    /** Selects the group with that id, if it is in the list, and says which one it is now. */
    Optional<GroupSummary> select(Long id, List<GroupSummary> groups) {
        Optional<GroupSummary> found = groups.stream().filter(g -> id != null && g.id() == id).findFirst();
        found.ifPresentOrElse(grid::select, grid::deselectAll);
        return found;
    }

    void focusNew() {
        create.focus();
    }

    void focusList() {
        grid.focus();
    }

    private String preview(GroupSummary group) {
        List<String> members = group.members();
        String named = members.stream().limit(PREVIEW).map(u -> displayNames.getOrDefault(u, u))
                .collect(Collectors.joining(", "));
        return members.size() > PREVIEW ? getTranslation("groups.more", named, members.size() - PREVIEW) : named;
    }
}
