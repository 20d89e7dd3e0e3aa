package app.kasus.annotation.ui;

import app.kasus.annotation.ActivityEntry;
import app.kasus.annotation.AnnotationHistory;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.ui.CaseRoute;
import app.kasus.codebook.CodebookService;
import app.kasus.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A case's activity for instructors: every change to its coding (coder and gold), comments, feedback and codebook,
 * newest first, with who and when; a lazy grid reads it a page at a time. Refresh reads it again.
 */
@Route("cases/:caseId/activity")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class ActivityView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final CodebookService codebooks;
    private final AnnotationHistory history;
    private final Grid<ActivityEntry> grid = new Grid<>();
    private final BrowserTimes times;
    private CodingWords words;
    private long caseId;
    private String title = "";

    ActivityView(CaseService cases, CodebookService codebooks, AnnotationHistory history) {
        this.cases = cases;
        this.codebooks = codebooks;
        this.history = history;
        this.times = new BrowserTimes(getLocale());
        addClassName("activity-view");
        grid.setId("activity-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("activity.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("activity.gridLabel"));
        grid.addColumn(e -> times.format(e.time())).setHeader(getTranslation("activity.when")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> words.who(e.user())).setHeader(getTranslation("activity.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(e -> words.what(e)).setHeader(getTranslation("activity.what")).setFlexGrow(1);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CaseSummary> found = CaseRoute.find(event, cases, this);
        if (found.isEmpty()) {
            title = "";
            return;
        }
        caseId = found.get().id();
        title = found.get().title();
        words = new CodingWords(this, codebooks.forCase(caseId), getLocale());
        Anchor back = new Anchor("cases/" + caseId, getTranslation("progress.back"));
        back.setId("activity-back");
        back.addClassName("case-tool-link");
        Anchor progress = new Anchor("cases/" + caseId + "/progress", getTranslation("progress.link"));
        progress.setId("activity-progress");
        progress.addClassName("case-tool-link");
        Button refresh = new Button(getTranslation("activity.refresh"), e -> grid.getDataProvider().refreshAll());
        refresh.setId("activity-refresh");
        long shown = caseId;
        // Lazy: the grid asks for the rows it shows; an unknown total lets it scroll on while rows come.
        grid.setItems(query -> rows(shown, query.getOffset(), query.getLimit()).stream());
        add(new HorizontalLayout(back, progress), new H1(getTranslation("activity.title", title)),
                new Paragraph(getTranslation("activity.intro")), refresh, grid);
    }

    /** The grid may ask for more rows at once than the service hands out per call: read them in pieces. */
    private List<ActivityEntry> rows(long caseId, long offset, int limit) {
        List<ActivityEntry> rows = new ArrayList<>(limit);
        while (rows.size() < limit) {
            int piece = Math.min(AnnotationHistory.MAX_PAGE_SIZE, limit - rows.size());
            List<ActivityEntry> read = history.activity(caseId, offset + rows.size(), piece);
            rows.addAll(read);
            if (read.size() < piece) {
                break;
            }
        }
        return rows;
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        times.whenKnown(attach.getUI(), () -> grid.getDataProvider().refreshAll());
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? "Kasus" : getTranslation("activity.title", title) + " · Kasus";
    }
}
