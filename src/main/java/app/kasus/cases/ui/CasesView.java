package app.kasus.cases.ui;

import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseStatus;
import app.kasus.cases.CaseSummary;
import app.kasus.security.CurrentUser;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;

/** The start page: the cases a user can read and code (drafts too, for those who prepare cases). */
@Route("")
@PermitAll
class CasesView extends Main implements HasDynamicTitle {

    CasesView(CaseService cases, CaseAccess access, CurrentUser currentUser) {
        addClassName("cases-view");
        add(new H1(getTranslation("cases.title")));
        if (access.mayCreate(currentUser.require())) {
            RouterLink importLink = new RouterLink(getTranslation("cases.import"), CaseImportView.class);
            importLink.setId("case-import-link");
            importLink.addClassName("case-import-link");
            add(importLink);
        }
        List<CaseSummary> all = cases.listCases();
        if (all.isEmpty()) {
            add(new Paragraph(getTranslation("cases.empty")));
        }
        for (CaseSummary summary : all) {
            // A plain link by path keeps this feature free of a dependency on the coding views.
            Anchor open = new Anchor("cases/" + summary.id(), summary.title());
            open.addClassName("case-link");
            Span count = new Span(getTranslation("cases.passages", summary.passageCount()));
            count.addClassName("case-meta");
            Div card = new Div(open, count);
            card.addClassName("case-card");
            if (summary.status() == CaseStatus.DRAFT) {
                Span draft = new Span(getTranslation("cases.draft"));
                draft.addClassName("case-draft-badge");
                card.addClassName("case-draft");
                card.add(draft);
            }
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cases.title") + " · Kasus";
    }
}
