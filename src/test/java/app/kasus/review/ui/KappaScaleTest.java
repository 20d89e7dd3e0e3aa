package app.kasus.review.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KappaScaleTest {

    @Test
    void bandsFollowLandisAndKoch() {
        assertThat(KappaScale.of(null)).isEqualTo(KappaScale.UNDEFINED);
        assertThat(KappaScale.of(Double.NaN)).isEqualTo(KappaScale.UNDEFINED);
        assertThat(KappaScale.of(-0.01)).isEqualTo(KappaScale.POOR);
        assertThat(KappaScale.of(0.0)).isEqualTo(KappaScale.SLIGHT);
        assertThat(KappaScale.of(0.2)).isEqualTo(KappaScale.SLIGHT);
        assertThat(KappaScale.of(0.21)).isEqualTo(KappaScale.FAIR);
        assertThat(KappaScale.of(0.4)).isEqualTo(KappaScale.FAIR);
        assertThat(KappaScale.of(0.6)).isEqualTo(KappaScale.MODERATE);
        assertThat(KappaScale.of(0.65)).isEqualTo(KappaScale.SUBSTANTIAL);
        assertThat(KappaScale.of(0.81)).isEqualTo(KappaScale.ALMOST_PERFECT);
        assertThat(KappaScale.of(1.0)).isEqualTo(KappaScale.ALMOST_PERFECT);
        assertThat(KappaScale.ALMOST_PERFECT.cssClass()).isEqualTo("kappa-almost-perfect");
    }

    @Test
    void everyBandIsNamedInTheTranslations() throws IOException {
        Properties english = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            english.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        for (KappaScale band : KappaScale.values()) {
            assertThat(english).containsKeys(band.labelKey(), band.labelKey() + ".range");
        }
    }
}
