package app.kasus.cases.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.stereotype.Component;

/**
 * Reads a document off the page's request: a long PDF takes seconds to parse, and the page stays responsive
 * meanwhile. The work acts as whoever started it (their security context goes along), so the service checks the
 * right user.
 */
@Component
class CaseImports {

    private final TaskExecutor executor;

    CaseImports(TaskExecutor executor) {
        this.executor = executor;
    }

    /** {@code security}: the signed-in user's context, taken on the page's own request. */
    <T> CompletableFuture<T> start(SecurityContext security, Supplier<T> work) {
        CompletableFuture<T> done = new CompletableFuture<>();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }, security));
        return done;
    }
}
