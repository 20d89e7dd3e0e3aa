package app.kasus.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.assessment.AssessmentEngine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The rules help is the engine's English text, and its Indonesian translation lives in the bundles. When the
 * engine's rules change, this fails until the bundles (both languages) are brought in step.
 */
class AssessmentRulesTextTest {

    private static String rulesText(String bundle) throws IOException {
        Properties props = new Properties();
        try (InputStream in = AssessmentRulesTextTest.class.getResourceAsStream("/vaadin-i18n/" + bundle)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        // Vaadin formats a message only when it has arguments; this one has none and is shown as written.
        return props.getProperty("assessment.rulesText");
    }

    @Test
    void englishBundleRepeatsTheEngineRulesWordForWord() throws IOException {
        assertThat(rulesText("translations.properties"))
                .as("AssessmentEngine.RULES changed: update assessment.rulesText in both bundles")
                .isEqualTo(AssessmentEngine.RULES.strip());
    }

    @Test
    void indonesianTranslationHasEveryRule() throws IOException {
        String indonesian = rulesText("translations_id.properties");
        assertThat(indonesian).isNotEqualTo(AssessmentEngine.RULES.strip());
        assertThat(indonesian.lines().filter(l -> l.startsWith("- ")).count())
                .isEqualTo(AssessmentEngine.RULES.lines().filter(l -> l.startsWith("- ")).count());
    }
}
