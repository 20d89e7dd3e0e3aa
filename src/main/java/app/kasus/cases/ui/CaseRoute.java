package app.kasus.cases.ui;

import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;

/**
 * The case a page's address names ({@code cases/:caseId/...}), as the signed-in user may read it. Every page about a
 * case starts here, so an unknown case, a malformed id and a draft the reader may not see all read the same.
 */
public final class CaseRoute {

    private CaseRoute() {
    }

    /** The case, or empty after putting the "not found" heading on the page. */
    public static Optional<CaseSummary> find(BeforeEnterEvent event, CaseService cases, HasComponents page) {
        Optional<CaseSummary> found = event.getRouteParameters().getLong("caseId").flatMap(cases::summary);
        if (found.isEmpty()) {
            H1 missing = new H1();
            page.add(missing);
            missing.setText(missing.getTranslation("case.notFound"));
        }
        return found;
    }
}
