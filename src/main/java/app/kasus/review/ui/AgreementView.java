package app.kasus.review.ui;

import app.kasus.base.ui.AsViewer;
import app.kasus.base.ui.Computing;
import app.kasus.base.ui.LatestOnly;
import app.kasus.base.ui.ListboxNames;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.ui.CaseRoute;
import app.kasus.codebook.CodeDef;
import app.kasus.review.AgreementFigures;
import app.kasus.review.AgreementService;
import app.kasus.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How far the coders of a case agree on a code: Cohen's kappa of every pair as a coloured coder × coder table, and
 * Fleiss' kappa, Krippendorff's alpha and the unitizing alpha of all chosen coders. The chosen coders and code are
 * kept in the address ({@code ?code=…&coders=a,b}), so a link opens the same comparison. The figures are computed
 * off the session lock and arrive when ready; a newer choice drops the result of an older one still computing.
 */
@Route("cases/:caseId/agreement")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.RESEARCHER_NAME, Role.ADMIN_NAME})
class AgreementView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final AgreementService agreement;
    private final Div results = new Div();
    private final LatestOnly latest = new LatestOnly();
    private final Anchor csv = new Anchor();
    private MultiSelectComboBox<String> coderField;
    private Select<CodeDef> codeField;
    private long caseId;
    private String title = "";

    AgreementView(CaseService cases, AgreementService agreement) {
        this.cases = cases;
        this.agreement = agreement;
        addClassName("agreement-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CaseSummary> found = CaseRoute.find(event, cases, this);
        if (found.isEmpty()) {
            latest.start();
            title = "";
            return;
        }
        caseId = found.get().id();
        title = found.get().title();
        QueryParameters query = event.getLocation().getQueryParameters();
        List<String> caseCoders = agreement.coders(caseId);
        List<CodeDef> codes = agreement.codes(caseId);

        Anchor back = new Anchor("cases/" + caseId, getTranslation("agreement.back"));
        back.setId("agreement-back");
        back.addClassName("case-tool-link");
        Paragraph intro = new Paragraph(getTranslation("agreement.intro"));
        intro.addClassName("agreement-intro");
        add(back, new H1(getTranslation("agreement.title", title)), intro);

        List<String> requested = query.getSingleParameter("coders").map(AgreementService::parseCoders)
                .orElse(List.of());
        List<String> unknown = requested.stream().filter(c -> !caseCoders.contains(c)).toList();
        List<String> chosen = requested.isEmpty() ? caseCoders
                : requested.stream().filter(caseCoders::contains).toList();
        CodeDef code = query.getSingleParameter("code")
                .flatMap(key -> codes.stream().filter(c -> c.key().equals(key)).findFirst())
                .orElse(codes.isEmpty() ? null : codes.get(0));

        add(controls(caseCoders, chosen, codes, code));
        if (!unknown.isEmpty()) {
            Paragraph notice = new Paragraph(getTranslation("agreement.unknownCoders", String.join(", ", unknown)));
            notice.setId("agreement-unknown");
            notice.addClassName("agreement-notice");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        }
        results.setId("agreement-results");
        add(results);
        show(false);
    }

    private Component controls(List<String> caseCoders, List<String> chosen, List<CodeDef> codes, CodeDef code) {
        coderField = new MultiSelectComboBox<>(getTranslation("agreement.coders"));
        ListboxNames.nameAfter(coderField, getTranslation("agreement.coders"));
        coderField.setId("agreement-coders");
        coderField.setItems(caseCoders);
        coderField.select(chosen);
        coderField.setHelperText(getTranslation("agreement.codersHelp"));
        coderField.setWidth("28rem");
        coderField.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(true);
            }
        });
        codeField = new Select<>();
        codeField.setId("agreement-code");
        codeField.setLabel(getTranslation("agreement.code"));
        codeField.setItems(codes);
        codeField.setItemLabelGenerator(c -> c.name().in(getLocale()));
        if (code != null) {
            codeField.setValue(code);
        }
        codeField.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show(true);
            }
        });
        csv.setId("agreement-csv");
        csv.setText(getTranslation("agreement.csv"));
        csv.getElement().setAttribute("download", true);
        // Not a view: the router must leave this to the browser, whose session signs the request.
        csv.getElement().setAttribute("router-ignore", true);
        HorizontalLayout controls = new HorizontalLayout(coderField, codeField, csv);
        controls.addClassName("agreement-controls");
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        return controls;
    }

    /** Shows the figures of the current choice; a choice made on the page also goes into the address. */
    private void show(boolean remember) {
        List<String> coders = orderedChoice();
        CodeDef code = codeField.getValue();
        Map<String, String> parameters = new LinkedHashMap<>();
        if (code != null) {
            parameters.put("code", code.key());
        }
        parameters.put("coders", AgreementService.formatCoders(coders));
        QueryParameters query = QueryParameters.simple(parameters);
        if (remember) {
            UI.getCurrent().getPage().getHistory()
                    .replaceState(null, new Location("cases/" + caseId + "/agreement", query));
        }
        csv.setHref("api/cases/" + caseId + "/agreement.csv?" + QueryParameters.simple(
                Map.of("coders", AgreementService.formatCoders(coders))).getQueryString());
        latest.start();
        results.removeAll();
        results.getElement().setAttribute("aria-busy", "false");
        if (code == null) {
            results.add(empty("agreement.noCodes"));
            return;
        }
        if (coderField.getListDataView().getItemCount() < 2) {
            results.add(empty("agreement.tooFewCoders"));
            return;
        }
        if (coders.size() < 2) {
            results.add(empty("agreement.chooseTwo"));
            return;
        }
        results.add(new Computing());
        results.getElement().setAttribute("aria-busy", "true");
        long measuredCase = caseId;
        new AsViewer(UI.getCurrent()).compute(latest, () -> agreement.measureAll(measuredCase, coders), every -> {
            results.removeAll();
            results.getElement().setAttribute("aria-busy", "false");
            every.stream().filter(f -> f.code().equals(code.key())).findFirst()
                    .ifPresent(chosen -> render(chosen, code, every));
        }, failure -> {
            results.removeAll();
            results.getElement().setAttribute("aria-busy", "false");
            Paragraph error = new Paragraph(getTranslation(Computing.failureKey(failure)));
            error.setId("agreement-error");
            error.addClassName("assessment-error");
            error.getElement().setAttribute("role", "alert");
            results.add(error);
        });
    }

    /** The chosen coders in the order the case lists them, so the matrix keeps its order as choices change. */
    private List<String> orderedChoice() {
        Set<String> selected = coderField.getSelectedItems();
        List<String> ordered = new ArrayList<>();
        coderField.getListDataView().getItems().filter(selected::contains).forEach(ordered::add);
        return List.copyOf(new LinkedHashSet<>(ordered));
    }

    private Paragraph empty(String key) {
        Paragraph empty = new Paragraph(getTranslation(key));
        empty.setId("agreement-empty");
        empty.addClassName("empty-state");
        return empty;
    }

    private void render(AgreementFigures figures, CodeDef code, List<AgreementFigures> every) {
        String codeName = code.name().in(getLocale());
        Map<String, String> names = new LinkedHashMap<>();
        codeField.getListDataView().getItems().forEach(c -> names.put(c.key(), c.name().in(getLocale())));
        results.add(new H2(getTranslation("agreement.heading", codeName)), overall(figures, codeName),
                new KappaMatrix(figures, getTranslation("agreement.matrix", codeName), this::format,
                        getTranslation("agreement.scale.undefined"), getTranslation("agreement.sameCoder")),
                new KappaLegend(),
                new H2(getTranslation("agreement.everyCode")),
                new CodeSummaryTable(every, key -> names.getOrDefault(key, key),
                        List.of(getTranslation("agreement.code"), getTranslation("agreement.fleiss"),
                                getTranslation("agreement.krippendorff"), getTranslation("agreement.unitizing")),
                        getTranslation("agreement.everyCodeCaption", every.isEmpty() ? 0 : every.get(0).units()),
                        this::format));
    }

    private Component overall(AgreementFigures figures, String codeName) {
        NativeTable table = new NativeTable();
        table.setId("agreement-figures");
        table.addClassName("data-table");
        table.setCaptionText(getTranslation("agreement.figures", codeName, figures.units()));
        addFigure(table, "fleiss", "agreement.fleiss", figures.fleissKappa());
        addFigure(table, "krippendorff", "agreement.krippendorff", figures.krippendorffAlpha());
        addFigure(table, "unitizing", "agreement.unitizing", figures.unitizingAlpha());
        return table;
    }

    private void addFigure(NativeTable table, String id, String key, Double value) {
        NativeTableRow row = table.getBody().addRow();
        var header = row.addHeaderCell();
        header.setText(getTranslation(key));
        header.getElement().setAttribute("scope", "row");
        var cell = row.addDataCell();
        cell.setId("agreement-" + id);
        cell.addClassName("num");
        cell.setText(value == null ? getTranslation("agreement.undefinedValue") : format(value));
    }

    private String format(double value) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        return String.format(locale, "%.2f", value);
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? "" : getTranslation("agreement.title", title) + " \u00b7 ") + "Kasus";
    }
}
