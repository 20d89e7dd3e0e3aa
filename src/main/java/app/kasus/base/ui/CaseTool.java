package app.kasus.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A control a feature puts on the case page (beside its other tools) without the case page knowing the feature:
 * features contribute beans of this type, as they do {@link TopBarLink}s, so no feature depends on another's UI.
 */
public interface CaseTool {

    /** Position among the contributed tools; lower comes first. */
    int order();

    /** A new control for one case page. */
    Control create(long caseId);

    /** One case page's instance of the tool. */
    interface Control {

        Component component();

        /** The page now shows this layer, named as its address names it ({@code mine}, {@code group}, {@code all},
         * {@code gold}, {@code user:<name>}). */
        void showLayer(String layerId);
    }
}
