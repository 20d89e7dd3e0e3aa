package app.kasus.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** Imports the case bundled with the product on first start (in every profile: it is the product's first case). */
@Component
@Order(5)
@ConditionalOnProperty(name = "kasus.demo-case.enabled", havingValue = "true", matchIfMissing = true)
class DemoCase implements ApplicationRunner {

    static final String SLUG = "hanoi-2019";

    private final CaseCreation creation;

    DemoCase(CaseCreation creation) {
        this.creation = creation;
    }

    @Override
    public void run(ApplicationArguments args) {
        Properties descriptor = new Properties();
        try (InputStream in = new ClassPathResource("cases/" + SLUG + "/case.properties").getInputStream();
             InputStream text = new ClassPathResource("cases/" + SLUG + "/article.txt").getInputStream()) {
            descriptor.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            creation.createBundled(SLUG, descriptor.getProperty("title"), descriptor.getProperty("language"),
                    new String(text.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The bundled demo case cannot be read", e);
        }
    }
}
