package app.kasus.assessment.ui;

import app.kasus.assessment.AssessmentEngine;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import java.util.Locale;

/**
 * The rules the verdict follows, so a reader can check it by hand. The English text is the engine's own
 * ({@link AssessmentEngine#RULES}); Indonesian readers get its translation from the bundle, which a test keeps
 * in step with the engine's text.
 */
final class RulesHelp extends Details {

    RulesHelp(Locale locale) {
        setSummaryText(getTranslation("assessment.rules"));
        setId("assessment-rules");
        addClassName("assessment-rules");
        Div text = new Div();
        text.addClassName("rules-text");
        text.setText("id".equals(locale.getLanguage()) ? getTranslation("assessment.rulesText")
                : AssessmentEngine.RULES.strip());
        add(text);
    }
}
