package app.kasus.testsupport;

import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Moves every {@link KasusIntegrationTest} context onto a fresh PostgreSQL database when the tests run with
 * {@code -Dkasus.it.database=postgres}; otherwise it does nothing and the contexts keep their in-memory H2.
 * Registered in {@code META-INF/spring.factories}. Its properties outrank the annotation's inlined ones.
 */
class PostgresTestDatabases implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                     List<ContextConfigurationAttributes> configAttributes) {
        if (!TestDatabase.postgres() || !AnnotatedElementUtils.hasAnnotation(testClass, KasusIntegrationTest.class)) {
            return null;
        }
        return new FreshDatabase();
    }

    /** Equal to every other, so the contexts the H2 run shares stay shared; each one built gets its own database. */
    private static final class FreshDatabase implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            context.getEnvironment().getPropertySources()
                    .addFirst(new MapPropertySource("kasus-it-postgres", TestDatabase.freshPostgres()));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof FreshDatabase;
        }

        @Override
        public int hashCode() {
            return FreshDatabase.class.hashCode();
        }
    }
}
