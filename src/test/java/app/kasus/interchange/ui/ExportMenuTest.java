package app.kasus.interchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;

/** The menu's links name the export API with the layer shown, and change with it. */
class ExportMenuTest {

    @Test
    void linksFollowTheLayer() {
        ExportMenu menu = new ExportMenu(12);
        Anchor csv = (Anchor) menu.component().getElement().getChildren()
                .flatMap(e -> e.getChildren()).filter(e -> "export-csv".equals(e.getAttribute("id")))
                .findFirst().orElseThrow().getComponent().orElseThrow();
        assertThat(csv.getHref()).isEqualTo("api/cases/12/export?format=csv&scope=mine");
        menu.showLayer("user:siti.r");
        assertThat(csv.getHref()).isEqualTo("api/cases/12/export?format=csv&scope=user%3Asiti.r");
        assertThat(csv.getElement().hasAttribute("download")).isTrue();
        assertThat(ExportMenu.href(12, "qdc", "gold")).isEqualTo("api/cases/12/export?format=qdc&scope=gold");
    }
}
