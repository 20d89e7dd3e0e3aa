package app.kasus.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.select.Select;
import java.util.Locale;

/** Chooses the interface language (English / Bahasa Indonesia). */
public class LanguageSwitch extends Composite<Select<Locale>> {

    public LanguageSwitch() {
        Select<Locale> select = getContent();
        select.setItems(Languages.ALL);
        select.setItemLabelGenerator(l -> l.getLanguage().equals("id") ? "Bahasa Indonesia" : "English");
        select.setAriaLabel("Language / Bahasa");
        select.setId("language-switch");
        select.setWidth("11em");
        select.addAttachListener(e -> select.setValue(current(e.getUI().getLocale())));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Languages.switchTo(e.getValue());
            }
        });
    }

    private static Locale current(Locale uiLocale) {
        return "id".equals(uiLocale.getLanguage()) ? Languages.INDONESIAN : Languages.ENGLISH;
    }
}
