package app.kasus.roster.ui;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.Notify;
import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;

/** How the account pages report the services' answers, so that a refusal always reads the same and is never silent. */
final class Notices {

    private Notices() {
    }

    static void success(String message) {
        Notify.success(message);
    }

    static void error(String message) {
        Notify.error(message);
    }

    /**
     * Runs a change of an account. Someone else's change meanwhile (the account deleted, changed, or no longer
     * the caller's to manage) reloads the list; a {@link ConflictException} goes to {@code onConflict}, which
     * knows what to suggest. Returns whether the change was made.
     */
    static boolean attempt(Component source, Runnable change, Runnable reload, Consumer<ConflictException> onConflict) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            // The service's own words: the views check what they can beforehand, in the reader's language.
            error(source.getTranslation("users.error.invalid", e.getMessage()));
        } catch (NotFoundException e) {
            error(source.getTranslation("users.error.notFound"));
            reload.run();
        } catch (StaleVersionException e) {
            error(source.getTranslation("users.error.stale"));
            reload.run();
        } catch (ConflictException e) {
            onConflict.accept(e);
        } catch (AccessDeniedException e) {
            error(source.getTranslation("users.error.denied"));
        }
        return false;
    }
}
