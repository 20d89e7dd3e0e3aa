package app.kasus.base;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The database is PostgreSQL, so several nodes may share it: what must reach every node (live events, presence)
 * goes through the database. Told from the datasource URL, not a profile, so that a PostgreSQL URL given any
 * other way (config/application.properties) gets the same behaviour.
 */
public class OnPostgres implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isPostgres(context.getEnvironment().getProperty("spring.datasource.url"));
    }

    static boolean isPostgres(String url) {
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    /** The single-node case: H2, the default. */
    public static class Not implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isPostgres(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
