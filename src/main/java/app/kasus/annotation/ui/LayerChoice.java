package app.kasus.annotation.ui;

import app.kasus.annotation.CodingLayer;
import app.kasus.base.ui.BrowserHidden;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Whose coding the reading view shows: my coding, my group, (staff) everyone, one named coder, or the case's gold
 * coding (for whoever may see it). It only offers choices; the view decides what a choice means and keeps it in
 * the URL.
 */
class LayerChoice extends Div {

    private static final String CODER = "user";

    private final Select<String> kind = new Select<>();
    private final ComboBox<String> coder = new ComboBox<>();
    private final boolean staff;
    private boolean quiet;

    LayerChoice(boolean staff, boolean gold, List<String> coders, Consumer<CodingLayer> onChoice) {
        addClassName("layer-choice");
        this.staff = staff;
        kind.setId("show-layer");
        kind.setLabel(getTranslation("layer.label"));
        kind.setItems(kinds(gold));
        kind.setItemLabelGenerator(k -> getTranslation("layer." + k));
        coder.setId("show-coder");
        coder.setLabel(getTranslation("layer.coder"));
        coder.setItems(coders);
        BrowserHidden.set(coder, true);
        kind.addValueChangeListener(e -> {
            BrowserHidden.set(coder, !CODER.equals(e.getValue()));
            if (!quiet && !CODER.equals(e.getValue())) {
                onChoice.accept(CodingLayer.parse("show", e.getValue()));
            }
        });
        coder.addValueChangeListener(e -> {
            if (!quiet && e.getValue() != null) {
                onChoice.accept(new CodingLayer(CodingLayer.Kind.USER, e.getValue()));
            }
        });
        add(kind, coder);
    }

    private List<String> kinds(boolean gold) {
        List<String> kinds = new ArrayList<>(List.of("mine", "group"));
        if (staff) {
            kinds.add("all");
        }
        kinds.add(CODER);
        if (gold) {
            kinds.add(CodingLayer.GOLD.id());
        }
        return kinds;
    }

    /** Offers the gold layer or stops offering it (its release changed); {@code shown}: the layer shown meanwhile. */
    void offerGold(boolean gold, CodingLayer shown) {
        quiet = true;
        try {
            kind.setItems(kinds(gold));
        } finally {
            quiet = false;
        }
        show(shown);
    }

    /**
     * Offers these coders from now on (someone coded the case since the page opened), keeping the coder chosen;
     * it is not reported back as a new choice.
     */
    void setCoders(List<String> coders) {
        String chosen = coder.getValue();
        quiet = true;
        try {
            coder.setItems(coders);
            coder.setValue(chosen);
        } finally {
            quiet = false;
        }
    }

    /** Shows the layer without reporting it back as a new choice. */
    void show(CodingLayer layer) {
        quiet = true;
        try {
            boolean user = layer.kind() == CodingLayer.Kind.USER;
            kind.setValue(user ? CODER : layer.id());
            coder.setValue(user ? layer.user() : null);
            BrowserHidden.set(coder, !user);
        } finally {
            quiet = false;
        }
    }
}
