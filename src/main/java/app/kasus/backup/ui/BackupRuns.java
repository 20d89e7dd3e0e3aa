package app.kasus.backup.ui;

import app.kasus.backup.BackupFile;
import app.kasus.backup.BackupService;
import java.util.concurrent.CompletableFuture;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.stereotype.Component;

/**
 * Runs a backup off the page's request: scripting a large database takes a while, and the page must not hold its
 * session lock over a database read meanwhile. The admin's security context goes along, so the service checks them.
 */
@Component
class BackupRuns {

    private final BackupService backups;
    private final TaskExecutor executor;

    BackupRuns(BackupService backups, TaskExecutor executor) {
        this.backups = backups;
        this.executor = executor;
    }

    /** Call on the page's thread, where the signed-in user's security context is. */
    CompletableFuture<BackupFile> start() {
        CompletableFuture<BackupFile> done = new CompletableFuture<>();
        executor.execute(new DelegatingSecurityContextRunnable(() -> {
            try {
                done.complete(backups.create());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        }));
        return done;
    }
}
