package app.kasus.review.ui;

import app.kasus.base.InvalidInputException;
import app.kasus.base.ui.AsViewer;
import app.kasus.base.ui.Computing;
import app.kasus.base.ui.LatestOnly;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.ui.CaseRoute;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import app.kasus.review.CoderScore;
import app.kasus.review.Figures;
import app.kasus.review.MatchRule;
import app.kasus.review.ScoreReport;
import app.kasus.review.ScoreService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;

/**
 * Scores against the case's gold coding. Staff see every coder in a sortable table of micro-averaged figures; a
 * row's details hold that coder's figures per code and the spans where they part from gold, so the table stays
 * narrow. A student sees their own score and the passages where they missed or added spans, once gold is released.
 * The match rule is kept in the address ({@code ?match=}). Access is the service's to decide; the view only chooses
 * which of the two pages to build. The scores are computed off the session lock and arrive when ready.
 */
@Route("cases/:caseId/scores")
@PermitAll
class ScoresView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ScoreService scores;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final LatestOnly latest = new LatestOnly();
    private String caseTitle = "";

    ScoresView(ScoreService scores, CaseService cases, CodebookService codebooks) {
        this.scores = scores;
        this.cases = cases;
        this.codebooks = codebooks;
        addClassName("scores-view");
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
        Anchor back = new Anchor("cases/" + caseId, getTranslation("scores.back"));
        back.setId("scores-back");
        back.addClassName("case-tool-link");
        add(back, new H1(getTranslation("scores.title", caseTitle)));

        Optional<String> asked = event.getLocation().getQueryParameters().getSingleParameter("match");
        MatchRule rule;
        try {
            rule = MatchRule.parse("match", asked.orElse(null));
        } catch (InvalidInputException e) {
            rule = MatchRule.DEFAULT;
            add(notice(getTranslation("scores.invalidMatch", asked.orElse(""), getTranslation(ruleKey(rule)))));
        }
        boolean staff = scores.scoresAnyCoder();
        if (!staff && !scores.released(caseId)) {
            latest.start();
            add(notReleased());
            return;
        }
        add(ruleChoice(caseId, rule), explanation(rule));
        Div results = new Div(new Computing());
        results.setId("scores-results");
        results.getElement().setAttribute("aria-busy", "true");
        add(results);
        MatchRule chosen = rule;
        new AsViewer(event.getUI()).compute(latest, () -> new Computed(scores.scoresWithQuotes(caseId, chosen, List.of()),
                        codebooks.forCase(caseId), cases.passages(caseId)),
                computed -> done(results, staff ? staffPage(caseId, chosen, computed) : own(computed)),
                failure -> done(results, List.of(failure instanceof AccessDeniedException
                        // Released and withdrawn again between the two questions: say the same as before the release.
                        ? notReleased() : notice(getTranslation(Computing.failureKey(failure))))));
    }

    /** What the page shows computed off the session lock, all asked as the reader. */
    private record Computed(ScoreReport report, Codebook codebook, List<PassageInfo> passages) {

        Map<Long, PassageInfo> passagesById() {
            return passages.stream().collect(Collectors.toMap(PassageInfo::id, Function.identity()));
        }
    }

    private static void done(Div results, List<Component> shown) {
        results.removeAll();
        shown.forEach(results::add);
        results.getElement().setAttribute("aria-busy", "false");
    }

    private List<Component> staffPage(long caseId, MatchRule rule, Computed computed) {
        return List.of(csvLink(caseId, rule), goldSize(computed.report()),
                table(computed.report(), names(computed), computed.passagesById()));
    }

    private ScoreNames names(Computed computed) {
        return new ScoreNames(computed.codebook(), locale(), getTranslation("scores.undefined"));
    }

    private Paragraph notReleased() {
        Paragraph wait = new Paragraph(getTranslation("scores.notReleased"));
        wait.setId("scores-not-released");
        wait.addClassName("empty-state");
        return wait;
    }

    /** A new rule is a new address, so the choice can be bookmarked and the back button undoes it. */
    private Component ruleChoice(long caseId, MatchRule current) {
        RadioButtonGroup<MatchRule> choice = new RadioButtonGroup<>(getTranslation("scores.rule"));
        choice.setId("scores-rule");
        choice.setItems(MatchRule.OVERLAP, MatchRule.EXACT);
        choice.setItemLabelGenerator(r -> getTranslation(ruleKey(r)));
        choice.setValue(current);
        choice.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate(ScoresView.class, new RouteParameters("caseId", Long.toString(caseId)),
                        QueryParameters.of("match", e.getValue().id()));
            }
        });
        return choice;
    }

    private Component explanation(MatchRule rule) {
        Paragraph text = new Paragraph(getTranslation("scores.explain." + rule.id()) + " "
                + getTranslation("scores.explain.figures"));
        text.addClassName("scores-intro");
        return text;
    }

    private Component goldSize(ScoreReport report) {
        int gold = report.goldSpans();
        Paragraph size = new Paragraph(gold == 0 ? getTranslation("scores.noGold")
                : getTranslation("scores.goldSize", gold, report.scores().size()));
        size.setId("scores-summary");
        return size;
    }

    /** The API's CSV for the same rule; the browser session signs the request. */
    private Component csvLink(long caseId, MatchRule rule) {
        Anchor csv = new Anchor("api/cases/" + caseId + "/scores.csv?match=" + rule.id(), getTranslation("scores.csv"));
        csv.setId("scores-csv");
        csv.getElement().setAttribute("download", true);
        // Not a view: the router must leave this to the browser.
        csv.getElement().setAttribute("router-ignore", true);
        Div links = new Div(csv);
        links.addClassName("assessment-links");
        return links;
    }

    private Component table(ScoreReport report, ScoreNames names, Map<Long, PassageInfo> passages) {
        Grid<CoderScore> grid = new Grid<>();
        grid.setId("scores-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("scores.grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("scores.empty"));
        grid.setAllRowsVisible(true);
        grid.setDetailsVisibleOnClick(false);
        grid.addColumn(s -> report.displayName(s.coder()) + " (" + s.coder() + ")")
                .setHeader(getTranslation("scores.column.coder")).setAutoWidth(true).setFlexGrow(1)
                .setComparator(CoderScore::coder);
        Grid.Column<CoderScore> f1 = ratioColumn(grid, "scores.column.f1", s -> s.micro().f1(), names);
        ratioColumn(grid, "scores.column.precision", s -> s.micro().precision(), names);
        ratioColumn(grid, "scores.column.recall", s -> s.micro().recall(), names);
        countColumn(grid, "scores.column.tp", s -> s.micro().tp());
        countColumn(grid, "scores.column.fp", s -> s.micro().fp());
        countColumn(grid, "scores.column.fn", s -> s.micro().fn());
        grid.addComponentColumn(s -> actions(grid, report.caseId(), s, report.displayName(s.coder())))
                .setHeader(getTranslation("scores.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(s -> {
            Div details = new Div(FiguresTable.of(this, s, names,
                    getTranslation("scores.perCode", report.displayName(s.coder()))),
                    UnmatchedSpans.of(this, report.caseId(), s, report.quotes(), passages, names,
                            "user:" + s.coder()));
            details.addClassName("score-details");
            return details;
        }));
        grid.setItems(report.scores());
        grid.sort(List.of(new GridSortOrder<>(f1, SortDirection.DESCENDING)));
        return grid;
    }

    private Component actions(Grid<CoderScore> grid, long caseId, CoderScore score, String name) {
        String label = name + " (" + score.coder() + ")";
        Button details = new Button(getTranslation("scores.details"),
                e -> grid.setDetailsVisible(score, !grid.isDetailsVisible(score)));
        details.addThemeVariants(ButtonVariant.LUMO_SMALL);
        details.setId("details-" + score.coder());
        details.getElement().setAttribute("aria-label", getTranslation("scores.detailsFor", label));
        // Usernames hold only a-z, digits and . _ - @, all safe in a query string.
        Anchor open = new Anchor("cases/" + caseId + "?show=user:" + score.coder(), getTranslation("progress.open"));
        open.setId("scores-open-" + score.coder());
        open.getElement().setAttribute("aria-label", getTranslation("progress.openFor", label));
        HorizontalLayout actions = new HorizontalLayout(details, open);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        return actions;
    }

    private Grid.Column<CoderScore> ratioColumn(Grid<CoderScore> grid, String headerKey,
                                                Function<CoderScore, Double> value, ScoreNames names) {
        Grid.Column<CoderScore> column = grid.addColumn(s -> names.ratio(value.apply(s)))
                .setComparator(Comparator.comparing(value, Comparator.nullsFirst(Comparator.naturalOrder())))
                // Wide enough for the header with its sort indicator, which auto width cuts short.
                .setHeader(getTranslation(headerKey)).setWidth("8em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        return column;
    }

    private void countColumn(Grid<CoderScore> grid, String headerKey, Function<CoderScore, Integer> value) {
        grid.addColumn(value::apply).setComparator(value::apply).setHeader(getTranslation(headerKey))
                .setWidth("5em").setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
    }

    private List<Component> own(Computed computed) {
        ScoreReport report = computed.report();
        ScoreNames names = names(computed);
        CoderScore mine = report.scores().get(0);
        Figures f = mine.micro();
        Paragraph headline = new Paragraph(getTranslation("scores.own", names.ratio(f.f1()), names.ratio(f.precision()),
                names.ratio(f.recall()), f.tp(), f.fp(), f.fn()));
        headline.setId("scores-own");
        headline.addClassName("scores-own");
        H2 where = new H2(getTranslation("scores.unmatched.title"));
        return List.of(headline, FiguresTable.of(this, mine, names, getTranslation("scores.perCodeOwn")), where,
                UnmatchedSpans.of(this, report.caseId(), mine, report.quotes(), computed.passagesById(), names,
                        "mine"));
    }

    private static String ruleKey(MatchRule rule) {
        return "scores.rule." + rule.id();
    }

    private Paragraph notice(String text) {
        Paragraph notice = new Paragraph(text);
        notice.addClassName("assessment-error");
        notice.getElement().setAttribute("role", "alert");
        return notice;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return (caseTitle.isEmpty() ? "" : getTranslation("scores.title", caseTitle) + " \u00b7 ") + "Kasus";
    }
}
