package app.kasus.review.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/** The bands of the {@link KappaScale}: a swatch of each colour and its range in words. */
class KappaLegend extends Composite<Div> {

    KappaLegend() {
        UnorderedList list = new UnorderedList();
        list.setId("agreement-legend");
        list.addClassName("kappa-legend");
        list.getElement().setAttribute("aria-label", getTranslation("agreement.legend"));
        for (KappaScale band : KappaScale.values()) {
            Span swatch = new Span(band == KappaScale.UNDEFINED ? "—" : "");
            swatch.addClassNames("kappa-swatch", band.cssClass());
            swatch.getElement().setAttribute("aria-hidden", "true");
            list.add(new ListItem(swatch, new Span(getTranslation(band.labelKey() + ".range"))));
        }
        getContent().addClassName("kappa-legend-box");
        getContent().add(new Paragraph(getTranslation("agreement.legend")), list);
    }
}
