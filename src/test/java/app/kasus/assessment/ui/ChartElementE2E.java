package app.kasus.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.BrowserTest;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the plain-JS {@code <kasus-chart>} element in a real browser, with Chart.js from its WebJar, no server. */
class ChartElementE2E extends BrowserTest {

    private static final String CHART_JS = "/META-INF/resources/webjars/chart.js/4.4.1/dist/chart.umd.js";
    private static final String BAR = """
            {"type":"bar","data":{"labels":["DPRK","US"],"datasets":[{"label":"Concessions","data":[%d,1]}]},
             "options":{"animation":false}}""";

    private static String chartJs;
    private final List<String> pageErrors = new ArrayList<>();

    @BeforeAll
    static void readChartJs() throws IOException {
        try (InputStream in = ChartElementE2E.class.getResourceAsStream(CHART_JS)) {
            assertThat(in).as("Chart.js WebJar on the classpath").isNotNull();
            chartJs = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @BeforeEach
    void loadElement() {
        page.onPageError(pageErrors::add);
        page.setContent("<!doctype html><html><body><div id=host style='width:600px'></div></body></html>");
        var script = new Page.AddScriptTagOptions().setPath(Paths.get("frontend/components/kasus-chart.js"));
        page.addScriptTag(script);
        page.addScriptTag(script); // a second load must not redefine the element
    }

    @AfterEach
    void noPageErrors() {
        assertThat(pageErrors).isEmpty();
    }

    private void loadChartJs() {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(chartJs));
    }

    private void addChart(String config) {
        page.evaluate("""
                config => {
                  const c = document.createElement('kasus-chart');
                  c.id = 'c1';
                  c.label = 'Codes per actor; the same figures are in the table below.';
                  c.config = config;
                  document.getElementById('host').appendChild(c);
                }""", config);
    }

    private Object eval(String script) {
        return page.evaluate(script);
    }

    @Test
    void waitsForTheLibraryThenDrawsAndRedrawsWhenTheConfigChanges() {
        // Our script may run before chart.umd.js has arrived: the chart is drawn once it has.
        addChart(BAR.formatted(2));
        assertThat(eval("document.getElementById('c1').chart")).isNull();
        loadChartJs();
        page.waitForFunction("() => document.getElementById('c1').chart !== null");

        assertThat(eval("Chart.getChart(document.querySelector('#c1 > canvas')).data.datasets[0].data"))
                .isEqualTo(List.of(2, 1));
        assertThat(eval("document.querySelector('#c1 > canvas').getAttribute('role')")).isEqualTo("img");
        assertThat(eval("document.querySelector('#c1 > canvas').getAttribute('aria-label')"))
                .isEqualTo("Codes per actor; the same figures are in the table below.");

        eval("document.getElementById('c1').config = " + BAR.formatted(5).replace("\n", " "));
        assertThat(eval("Chart.getChart(document.querySelector('#c1 > canvas')).data.datasets[0].data"))
                .isEqualTo(List.of(5, 1));
        assertThat(eval("document.querySelectorAll('#c1 canvas').length")).isEqualTo(1);
    }

    @Test
    void removingTheElementDestroysTheChart() {
        loadChartJs();
        addChart(BAR.formatted(1));
        page.waitForFunction("() => document.getElementById('c1').chart !== null");
        eval("window.canvas = document.querySelector('#c1 > canvas'); document.getElementById('c1').remove()");
        assertThat(eval("Chart.getChart(window.canvas) === undefined")).isEqualTo(true);
        assertThat(eval("Object.keys(Chart.instances).length")).isEqualTo(0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void daysFromDayZeroAreShownAsDatesAndPointLabelsAsTooltips() {
        loadChartJs();
        addChart("""
                {"type":"scatter","kasus":{"dayZero":"2018-05-24"},
                 "data":{"datasets":[{"label":"Concession","data":[{"x":0,"y":"DPRK","label":"Concession · DPRK → US"},
                                                                   {"x":64,"y":"US","label":"<b>not markup</b>"}]}]},
                 "options":{"animation":false,"scales":{"x":{"type":"linear"},"y":{"type":"category","labels":["US","DPRK"]}}}}""");
        page.waitForFunction("() => document.getElementById('c1').chart !== null");
        Object ticks = eval("document.getElementById('c1').chart.scales.x.ticks.map(t => t.label)");
        assertThat((List<Object>) ticks).contains("2018-05-24");
        Object tooltip = eval("""
                (() => { const ch = document.getElementById('c1').chart;
                  const cb = ch.options.plugins.tooltip.callbacks;
                  return [cb.label({raw: ch.data.datasets[0].data[1], dataset: ch.data.datasets[0]}),
                          cb.title([{parsed: {x: 64}}])]; })()""");
        assertThat(tooltip).isEqualTo(List.of("<b>not markup</b>", "2018-07-27"));
        assertThat(eval("document.querySelector('#c1 b')")).isNull();
    }

    @Test
    void unreadableConfigDrawsNothingAndBreaksNothing() {
        loadChartJs();
        addChart("{not json");
        // The element draws when its config is set; past queued tasks and two frames nothing more can come.
        page.evaluate("() => new Promise(done => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 0))");
        assertThat(eval("document.getElementById('c1').chart")).isNull();
        assertThat(eval("document.querySelectorAll('#c1 canvas').length")).isEqualTo(1);
    }
}
