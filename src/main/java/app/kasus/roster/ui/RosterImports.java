package app.kasus.roster.ui;

import app.kasus.roster.RosterService;
import app.kasus.roster.RosterService.Enrolled;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs a roster import off the page's request: hashing a class's passwords takes seconds (BCrypt is slow on
 * purpose), and the page stays responsive meanwhile. The import acts as whoever started it: their security
 * context goes along to the worker thread, so the service checks the right user.
 */
@Component
class RosterImports {

    private final RosterService roster;
    private final TaskExecutor executor;

    RosterImports(RosterService roster, TaskExecutor executor) {
        this.roster = roster;
        this.executor = executor;
    }

    /** Call on the page's thread, where the signed-in user's security context is. */
    CompletableFuture<List<Enrolled>> start(byte[] file) {
        CompletableFuture<List<Enrolled>> done = new CompletableFuture<>();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                done.complete(roster.importRoster(file));
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }));
        return done;
    }
}
