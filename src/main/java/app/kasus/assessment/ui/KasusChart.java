package app.kasus.assessment.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;

/**
 * Server side of {@code <kasus-chart>}: a Chart.js chart described by a JSON config. Chart.js comes from its
 * WebJar and our element is a classic script, so no npm bundle is involved. The config is sent as a JSON
 * string: the element parses it, and user text in it only ever reaches the canvas as drawn text.
 */
@Tag("kasus-chart")
@JavaScript("context://webjars/chart.js/4.4.1/dist/chart.umd.js")
@JavaScript("context://components/kasus-chart.js")
class KasusChart extends Component {

    /** @param label the canvas's accessible name; it should say where the same figures are given as a table */
    KasusChart(String label, JsonNode config) {
        getElement().setProperty("label", label);
        getElement().setProperty("config", config.toString());
    }
}
