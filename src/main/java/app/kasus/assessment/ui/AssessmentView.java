package app.kasus.assessment.ui;

import app.kasus.annotation.AnnotationData;
import app.kasus.assessment.AssessmentReport;
import app.kasus.assessment.AssessmentService;
import app.kasus.assessment.StageAssessment;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.ui.AsViewer;
import app.kasus.base.ui.Computing;
import app.kasus.base.ui.LatestOnly;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.ui.CaseRoute;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * The per-stage assessment of one case for the coding the reader chooses. The view only wires the parts
 * together; each part ({@link StageCard}, {@link CountsChart}, {@link TimelineChart}, …) renders itself. The
 * assessment is computed off the session lock and arrives when ready; a newer source drops an older one's result.
 */
@Route("cases/:caseId/assessment")
@PermitAll
class AssessmentView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final CaseService cases;
    private final LatestOnly latest = new LatestOnly();
    private String caseTitle = "";

    AssessmentView(AssessmentService assessments, CaseService cases) {
        this.assessments = assessments;
        this.cases = cases;
        addClassName("assessment-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CaseSummary> found = CaseRoute.find(event, cases, this);
        if (found.isEmpty()) {
            latest.start();
            caseTitle = "";
            return;
        }
        long caseId = found.get().id();
        caseTitle = found.get().title();
        String source = event.getLocation().getQueryParameters().getSingleParameter("source")
                .filter(s -> !s.isBlank()).orElse("me");

        Anchor back = new Anchor("cases/" + caseId, getTranslation("assessment.backToCase"));
        back.setId("back-to-case");
        Paragraph subtitle = new Paragraph(caseTitle);
        subtitle.addClassName("assessment-case");
        add(back, new H1(getTranslation("assessment.title")), subtitle,
                new SourceSelect(assessments.sources(caseId), source, chosen -> show(caseId, chosen)));
        Div results = new Div(new Computing());
        results.setId("assessment-results");
        results.getElement().setAttribute("aria-busy", "true");
        add(results, new RulesHelp(getLocale()));
        new AsViewer(event.getUI()).compute(latest, () -> assessments.assess(caseId, source),
                report -> done(results, render(caseId, report)),
                failure -> done(results, List.of(error(failureMessage(failure, source)))));
    }

    private static void done(Div results, List<Component> shown) {
        results.removeAll();
        shown.forEach(results::add);
        results.getElement().setAttribute("aria-busy", "false");
    }

    private String failureMessage(RuntimeException failure, String source) {
        if (failure instanceof AccessDeniedException) {
            return getTranslation("assessment.error.denied");
        }
        if (failure instanceof NotFoundException) {
            return getTranslation("assessment.error.notFound", source);
        }
        if (failure instanceof InvalidInputException) {
            return getTranslation("assessment.error.invalid", source);
        }
        return getTranslation(Computing.failureKey(failure));
    }

    /** A new source is a new address, so the choice can be bookmarked and the back button undoes it. */
    private void show(long caseId, String source) {
        UI.getCurrent().navigate(AssessmentView.class, new RouteParameters("caseId", Long.toString(caseId)),
                QueryParameters.of("source", source));
    }

    private List<Component> render(long caseId, AssessmentReport report) {
        List<Component> shown = new ArrayList<>();
        shown.add(downloads(caseId, report.source()));
        if (!report.coders().isEmpty()) {
            Paragraph coders = new Paragraph(getTranslation("assessment.coders", String.join(", ", report.coders())));
            coders.setId("assessment-coders");
            shown.add(coders);
        }
        if (report.annotations().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("assessment.noCoders"));
            empty.addClassName("empty-state");
            empty.setId("assessment-empty");
            shown.add(empty);
            return shown;
        }
        Names names = new Names(report.codebook(), getLocale());
        Paragraph dyad = new Paragraph(report.assessment().dyad() == null ? getTranslation("assessment.noDyad")
                : getTranslation("assessment.dyad", names.actor(report.assessment().dyad().first()),
                        names.actor(report.assessment().dyad().second())));
        dyad.setId("assessment-dyad");
        shown.add(dyad);

        Map<Long, AnnotationData> byId = report.annotations().stream()
                .collect(Collectors.toMap(AnnotationData::id, Function.identity()));
        boolean severalCoders = report.coders().size() > 1;
        Div stages = new Div();
        stages.addClassName("stage-cards");
        for (StageAssessment stage : report.assessment().stages()) {
            stages.add(new StageCard(caseId, report.assessment(), stage, byId, names, severalCoders));
        }
        shown.addAll(List.of(stages, new BalanceTable(report.assessment().balance(), names),
                new CountsChart(report.assessment().stages(), names), new TimelineChart(report.annotations(), names)));
        return shown;
    }

    /** The API's printable page and CSV for the same source; the browser session signs these requests. */
    private Component downloads(long caseId, String source) {
        String query = "?source=" + URLEncoder.encode(source, StandardCharsets.UTF_8).replace("+", "%20");
        Anchor print = new Anchor("api/cases/" + caseId + "/assessment.html" + query, getTranslation("assessment.print"));
        print.setId("assessment-print");
        print.setTarget("_blank");
        Anchor csv = new Anchor("api/cases/" + caseId + "/assessment.csv" + query, getTranslation("assessment.csv"));
        csv.setId("assessment-csv");
        csv.getElement().setAttribute("download", true);
        for (Anchor link : new Anchor[] {print, csv}) {
            // Not a view: the router must leave these to the browser.
            link.getElement().setAttribute("router-ignore", true);
        }
        Div links = new Div(print, csv);
        links.addClassName("assessment-links");
        return links;
    }

    private static Component error(String message) {
        Paragraph error = new Paragraph(message);
        error.addClassName("assessment-error");
        error.setId("assessment-error");
        error.getElement().setAttribute("role", "alert");
        return error;
    }

    @Override
    public String getPageTitle() {
        String title = getTranslation("assessment.title");
        return caseTitle.isEmpty() ? title + " · Kasus" : title + " · " + caseTitle + " · Kasus";
    }
}
