package app.kasus.roster.ui;

import app.kasus.base.ConflictException;
import app.kasus.base.ui.Attempt;
import app.kasus.base.ui.Notify;
import com.vaadin.flow.component.Component;
import java.util.function.Consumer;

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

    private static final Attempt.Messages MESSAGES = new Attempt.Messages("users.error.invalid",
            "users.error.stale", "users.error.notFound", "users.error.denied");

    /**
     * Runs a change of an account (see {@link Attempt}). Someone else's change meanwhile (the account deleted,
     * changed, or no longer the caller's to manage) reloads the list; a {@link ConflictException} goes to
     * {@code onConflict}, which knows what to suggest. Returns whether the change was made.
     */
    static boolean attempt(Component source, Runnable change, Runnable reload, Consumer<ConflictException> onConflict) {
        return Attempt.from(source, MESSAGES).reload(reload).on(ConflictException.class, onConflict).run(change);
    }
}
