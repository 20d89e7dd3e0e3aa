package app.kasus.testsupport;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For tests that start applications of their own next to the shared {@link KasusIntegrationTest} one. Every
 * Kasus context installs its own Vaadin-aware strategy in the JVM-wide {@link SecurityContextHolder}; left
 * behind, a stopped app's strategy makes the shared app's static look-ups (e.g. {@code CurrentUser}) read
 * another thread-local than its filters write, and later tests get 401s or a stale user. This puts the
 * strategy back after each test.
 */
public class RestoreSecurityContextStrategy implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RestoreSecurityContextStrategy.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put("strategy", SecurityContextHolder.getContextHolderStrategy());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        SecurityContextHolderStrategy saved =
                context.getStore(NAMESPACE).get("strategy", SecurityContextHolderStrategy.class);
        if (saved != null) {
            SecurityContextHolder.setContextHolderStrategy(saved);
        }
    }
}
