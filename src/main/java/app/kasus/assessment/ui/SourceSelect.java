package app.kasus.assessment.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Chooses whose coding is combined, with the service's source ids ("group:Seminar A") shown as words. */
final class SourceSelect extends Composite<Select<String>> {

    SourceSelect(List<String> sources, String current, Consumer<String> onChoice) {
        Select<String> select = getContent();
        select.setId("assessment-source");
        select.setLabel(getTranslation("assessment.source"));
        // A source typed into the address bar may not be on offer (or not be valid): show it anyway, so the
        // selector matches the message below it and another source can be picked.
        List<String> items = new ArrayList<>(sources);
        if (!items.contains(current)) {
            items.add(current);
        }
        select.setItems(items);
        select.setItemLabelGenerator(this::label);
        select.setValue(current);
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                onChoice.accept(e.getValue());
            }
        });
    }

    String label(String source) {
        if (source.equals("me")) {
            return getTranslation("assessment.source.me");
        }
        if (source.equals("all")) {
            return getTranslation("assessment.source.all");
        }
        if (source.equals("majority")) {
            return getTranslation("assessment.source.majority");
        }
        if (source.equals("gold")) {
            return getTranslation("assessment.source.gold");
        }
        if (source.startsWith("majority:group:")) {
            return getTranslation("assessment.source.majorityOfGroup", source.substring("majority:group:".length()));
        }
        if (source.startsWith("group:")) {
            return getTranslation("assessment.source.group", source.substring("group:".length()));
        }
        if (source.startsWith("user:")) {
            return getTranslation("assessment.source.user", source.substring("user:".length()));
        }
        return source;
    }
}
