package app.kasus.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole application on a random port with the demo accounts and an in-memory database. Every test class
 * carrying exactly this annotation shares one Spring context, so the suite starts the app once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kasus-it;DB_CLOSE_DELAY=-1",
        // Backups the tests make go to the build folder, never into the developer's ./data.
        "kasus.backup.dir=target/it-backups/jvm-${PID:0}",
        "vaadin.launch-browser=false",
        "kasus.password.bcrypt-strength=" + KasusIntegrationTest.BCRYPT_STRENGTH})
@ActiveProfiles("demo")
@TestExecutionListeners(listeners = SharedSecurityStrategy.class,
        mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface KasusIntegrationTest {

    /** BCrypt's lowest cost: most requests of the tests sign in with HTTP Basic, a hash each. */
    int BCRYPT_STRENGTH = 4;
}
