package app.kasus.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Puts the shared application's security-context strategy back into the static {@link SecurityContextHolder}
 * before each test. Every application context that starts installs a strategy of its own there (Vaadin's
 * configuration does), and tests that start the application themselves (RestartPersistenceIT, ProdProfileIT)
 * leave theirs behind. Without this, the shared server's request filters store the signed-in user in one
 * strategy while {@code CurrentUser} reads another, and every later test that acts as a user, through the API
 * or the service, sees nobody signed in, depending only on the order the test classes happen to run in.
 */
public class SharedSecurityStrategy extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        // Before spring-security-test's @WithUserDetails sets up a user for the test.
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        reinstall(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        reinstall(testContext);
    }

    private static void reinstall(TestContext testContext) {
        testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }
}
