package app.kasus.codebook.ui;

import app.kasus.codebook.CodebookService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * An instructor's page for one case's codebook: its codes, actors and Kupchan's stages, each edited in both
 * interface languages. Coders see the changes the next time they open the case.
 */
@Route("cases/:caseId/codebook")
@RolesAllowed({"INSTRUCTOR", "ADMIN"})
class CodebookView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CodebookService codebooks;

    CodebookView(CodebookService codebooks) {
        this.codebooks = codebooks;
        addClassName("codebook-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Long caseId = event.getRouteParameters().getLong("caseId").orElse(null);
        // Every case gets a codebook when it is imported, so a case without codes does not exist. Asking the
        // codebook (not the cases feature) keeps this package free of a dependency cycle with cases.
        if (caseId == null || codebooks.forCase(caseId).codes().isEmpty()) {
            add(new H1(getTranslation("case.notFound")));
            return;
        }
        // A plain link by path, as the start page does, keeps this feature independent of the coding views.
        Anchor back = new Anchor("cases/" + caseId, getTranslation("codebook.back"));
        back.setId("codebook-back");
        Paragraph intro = new Paragraph(getTranslation("codebook.intro"));
        intro.addClassName("codebook-intro");
        add(back, new H1(getTranslation("codebook.title")), intro,
                section("codebook-codes", getTranslation("codebook.codes"), new CodesEditor(codebooks, caseId)),
                section("codebook-actors", getTranslation("codebook.actors"), new ActorsEditor(codebooks, caseId)),
                section("codebook-stages", getTranslation("codebook.stages"), new StagesEditor(codebooks, caseId)));
    }

    private static Section section(String id, String heading, Component editor) {
        Section section = new Section(new H2(heading), editor);
        section.setId(id);
        section.addClassName("codebook-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("codebook.title") + " \u00b7 Kasus";
    }
}
