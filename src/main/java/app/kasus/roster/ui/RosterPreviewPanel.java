package app.kasus.roster.ui;

import app.kasus.roster.RosterError;
import app.kasus.roster.RosterPreview;
import app.kasus.roster.RosterRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A roster as it would be imported: a summary, the problems in a list (so a few bad lines among hundreds are
 * found at once, and problems of the whole file or of lines that could not be read show too), and every line
 * with its own problems beside it. A problem is marked with an icon and the word "Error", not by colour alone.
 */
class RosterPreviewPanel extends Div {

    /** Beyond this the list says how many more there are; the table has them all. */
    private static final int LISTED_ERRORS = 20;
    /** The fields the roster's errors name (see RosterFile); each has a label in the bundles. */
    private static final Set<String> FIELDS = Set.of("username", "display_name", "group", "row", "file");

    private final H2 title = new H2();
    private final Paragraph summary = new Paragraph();
    private final Div problems = new Div();
    private final Grid<RosterRow> grid = new Grid<>();
    private RosterPreview preview;

    RosterPreviewPanel() {
        addClassName("roster-preview-panel");
        summary.setId("roster-summary");
        summary.addClassName("roster-summary");
        summary.getElement().setAttribute("role", "status");
        problems.setId("roster-problems");
        problems.addClassName("roster-problems");
        grid.setId("roster-preview");
        grid.addClassName("roster-preview");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.getElement().setAttribute("aria-label", getTranslation("roster.preview"));
        grid.addColumn(RosterRow::line).setHeader(getTranslation("roster.column.line")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RosterRow::username).setHeader(getTranslation("roster.column.username")).setAutoWidth(true);
        grid.addColumn(RosterRow::displayName).setHeader(getTranslation("roster.column.displayName")).setAutoWidth(true);
        grid.addColumn(RosterRow::group).setHeader(getTranslation("roster.column.group")).setAutoWidth(true);
        grid.addComponentColumn(this::problemsOf).setHeader(getTranslation("roster.column.problems")).setFlexGrow(2);
        grid.setPartNameGenerator(row -> preview != null && !preview.errorsOf(row.line()).isEmpty()
                ? "roster-error-row" : null);
        grid.setEmptyStateText(getTranslation("roster.noRows"));
        add(title, summary, problems, grid);
        setVisible(false);
    }

    void show(String fileName, RosterPreview shown) {
        preview = shown;
        title.setText(getTranslation("roster.preview.title", fileName));
        String newGroups = shown.newGroups().isEmpty() ? getTranslation("roster.newGroups.none")
                : String.join(", ", shown.newGroups());
        summary.setText(getTranslation("roster.summary", shown.rows().size(), shown.errors().size(), newGroups));
        problems.removeAll();
        if (!shown.errors().isEmpty()) {
            UnorderedList list = new UnorderedList();
            shown.errors().stream().limit(LISTED_ERRORS).forEach(e -> list.add(new ListItem(describe(e))));
            problems.add(new Paragraph(getTranslation("roster.problems.intro")), list);
            if (shown.errors().size() > LISTED_ERRORS) {
                problems.add(new Paragraph(getTranslation("roster.problems.more", shown.errors().size() - LISTED_ERRORS)));
            }
        }
        problems.setVisible(!shown.errors().isEmpty());
        grid.setItems(shown.rows());
        // Errors first would hide the file's order; a short roster shows whole, a long one scrolls.
        grid.setAllRowsVisible(shown.rows().size() <= 12);
        setVisible(true);
    }

    private String describe(RosterError error) {
        String where = error.line() == 0 ? getTranslation("roster.problem.file")
                : getTranslation("roster.problem.line", error.line(), fieldLabel(error.field()));
        return where + ": " + error.error();
    }

    private Component problemsOf(RosterRow row) {
        List<RosterError> errors = preview == null ? List.of() : preview.errorsOf(row.line());
        if (errors.isEmpty()) {
            Span ok = new Span(getTranslation("roster.lineOk"));
            ok.addClassName("roster-ok");
            return ok;
        }
        Icon icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        Span label = new Span(getTranslation("roster.error"));
        label.addClassName("roster-error-label");
        Span text = new Span(errors.stream().map(e -> fieldLabel(e.field()) + ": " + e.error())
                .collect(Collectors.joining("; ")));
        Span cell = new Span(icon, label, text);
        cell.addClassName("roster-error");
        return cell;
    }

    private String fieldLabel(String field) {
        return FIELDS.contains(field) ? getTranslation("roster.field." + field) : String.valueOf(field);
    }
}
