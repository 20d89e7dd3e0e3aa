package app.kasus.interchange.ui;

import app.kasus.base.ui.CaseTool;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeDetails;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * "Export" on the case page: a disclosure (the browser's own {@code <details>}, so it opens with the keyboard and
 * is announced as expandable) listing download links to the export API for the layer the page shows. Plain links:
 * the browser downloads the file itself, and the API applies the same access as the page.
 */
class ExportMenu implements CaseTool.Control {

    /** {@code format=} values, each with the translation key of its link, in the order shown. */
    private static final Map<String, String> FORMATS = new LinkedHashMap<>();

    static {
        FORMATS.put("csv", "export.csv");
        FORMATS.put("jsonld", "export.jsonld");
        FORMATS.put("qdpx", "export.qdpx");
        FORMATS.put("qdc", "export.qdc");
    }

    private final long caseId;
    private final NativeDetails details;
    private final Map<String, Anchor> links = new LinkedHashMap<>();

    ExportMenu(long caseId) {
        this.caseId = caseId;
        Div list = new Div();
        list.addClassName("export-menu-list");
        FORMATS.forEach((format, key) -> {
            Anchor link = new Anchor();
            link.setText(list.getTranslation(key));
            link.setId("export-" + format);
            link.getElement().setAttribute("download", true);
            // A file, not a view: Vaadin's router must leave the click to the browser.
            link.getElement().setAttribute("router-ignore", true);
            links.put(format, link);
            list.add(link);
        });
        details = new NativeDetails(list.getTranslation("export.menu"), list);
        details.setId("export-menu");
        details.addClassName("export-menu");
        showLayer("mine");
    }

    static String href(long caseId, String format, String layerId) {
        return "api/cases/" + caseId + "/export?format=" + format + "&scope="
                + URLEncoder.encode(layerId, StandardCharsets.UTF_8);
    }

    @Override
    public Component component() {
        return details;
    }

    @Override
    public void showLayer(String layerId) {
        links.forEach((format, link) -> link.setHref(href(caseId, format, layerId)));
    }
}
