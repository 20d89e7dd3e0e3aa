package app.kasus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both interface languages are complete, and every key the code asks for exists. */
class I18nBundlesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("getTranslation\\(\"([a-zA-Z0-9_.]+)\"");

    private static Properties load(String name) throws IOException {
        Properties props = new Properties();
        try (InputStream in = I18nBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    @Test
    void englishAndIndonesianHaveTheSameKeys() throws IOException {
        Set<String> english = new TreeSet<>(load("translations.properties").stringPropertyNames());
        Set<String> indonesian = new TreeSet<>(load("translations_id.properties").stringPropertyNames());
        assertThat(indonesian).as("keys missing in Indonesian").containsAll(english);
        assertThat(english).as("keys missing in English").containsAll(indonesian);
    }

    @Test
    void everyValueIsAValidMessageFormatAndNotEmpty() throws IOException {
        for (String bundle : new String[] {"translations.properties", "translations_id.properties"}) {
            Properties props = load(bundle);
            for (String key : props.stringPropertyNames()) {
                String value = props.getProperty(key);
                assertThat(value).as(bundle + " " + key).isNotBlank();
                new MessageFormat(value);
            }
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> keys = load("translations.properties").stringPropertyNames();
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = KEY_IN_CODE.matcher(Files.readString(file));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).isNotEmpty();
        for (String key : used) {
            // A key ending in "." is a prefix completed at run time, e.g. "code." + code id.
            if (key.endsWith(".")) {
                assertThat(keys).as("keys for prefix " + key).anyMatch(k -> k.startsWith(key));
            } else {
                assertThat(keys).as("key used in code but missing in the bundles").contains(key);
            }
        }
    }
}
