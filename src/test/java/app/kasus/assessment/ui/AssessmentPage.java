package app.kasus.assessment.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;

/** Page object of the assessment view, in the words a reader would use. */
final class AssessmentPage {

    private final Page page;
    private final String base;

    AssessmentPage(Page page, String base) {
        this.page = page;
        this.base = base;
    }

    /** Opens the view by its address; {@code source} may be null for the default (own coding). */
    AssessmentPage open(long caseId, String source) {
        String query = source == null ? "" : "?source=" + source.replace(" ", "%20");
        page.navigate(base + "/cases/" + caseId + "/assessment" + query);
        return shown();
    }

    /** Waits until the view shows its report or its error, which are computed after the page itself shows. */
    AssessmentPage shown() {
        page.locator("#assessment-results[aria-busy='false']").waitFor();
        return this;
    }

    Locator status(int stage) {
        return page.locator("#stage-" + stage + " .status-badge");
    }

    Locator stage(int stage) {
        return page.locator("#stage-" + stage);
    }

    Locator coders() {
        return page.locator("#assessment-coders");
    }

    Locator dyad() {
        return page.locator("#assessment-dyad");
    }

    Locator empty() {
        return page.locator("#assessment-empty");
    }

    Locator error() {
        return page.locator("#assessment-error");
    }

    /** Opens a collapsed vaadin-details (evidence, tables, rules) by its summary. */
    void expand(Locator details) {
        if (details.getAttribute("opened") == null) {
            details.locator("vaadin-details-summary").click();
        }
    }

    Locator evidenceLinks(int stage) {
        return stage(stage).locator("a.evidence-link");
    }

    void openEvidence(int stage) {
        expand(stage(stage).locator("vaadin-details.evidence-list"));
    }

    /** Header and body cells of the chart's table alternative, row by row. */
    List<String> countsTableRow(int row) {
        expand(page.locator("#counts-table"));
        return page.locator("#counts-table tbody tr").nth(row).locator("th, td").allTextContents();
    }

    Locator countsTableRows() {
        return page.locator("#counts-table tbody tr");
    }

    Locator timelineTable() {
        expand(page.locator("#timeline-table"));
        return page.locator("#timeline-table table");
    }

    void chooseSource(String label) {
        page.locator("#assessment-source").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(label).setExact(true)).click();
    }

    /** The options of whichever selector is open (closed ones and the shown value are not options). */
    Locator sourceOptions() {
        return page.getByRole(AriaRole.OPTION);
    }

    /** Whether {@code <kasus-chart id=...>} has drawn a Chart.js chart on its canvas. */
    void waitForChart(String id) {
        page.waitForFunction("id => { const c = document.getElementById(id); "
                + "return c && c.chart && c.querySelector('canvas') && window.Chart.getChart(c.querySelector('canvas')); }", id);
    }
}
