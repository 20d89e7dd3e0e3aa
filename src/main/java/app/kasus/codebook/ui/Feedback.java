package app.kasus.codebook.ui;

import app.kasus.base.ui.Attempt;
import app.kasus.base.ui.Notify;
import app.kasus.codebook.CodeUsage;
import app.kasus.codebook.LockedCodingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Map;

/** How all three editors report the service's answers, so a refusal always reads the same and is never silent. */
final class Feedback {

    private Feedback() {
    }

    static void success(String message) {
        Notify.success(message);
    }

    static void error(String message) {
        Notify.error(message);
    }

    private static final Attempt.Messages MESSAGES = new Attempt.Messages("codebook.invalid", "codebook.conflict",
            "codebook.conflict", "codebook.denied");

    /**
     * Runs a change against the service (see {@link Attempt}); coding locked under a code to be deleted is said with
     * its counts. Returns whether it succeeded.
     */
    static boolean attempt(Component source, Runnable change, Map<String, HasValidationProperties> fields,
                           Runnable reload) {
        return Attempt.from(source, MESSAGES).fields(fields, field -> fieldLabel(source, field)).reload(reload)
                .on(LockedCodingException.class, e -> {
                    error(lockedMessage(source, e.locked()));
                    reload.run();
                })
                .run(change);
    }

    /** Why a code cannot be deleted while locked coding uses it, and what to do about it. */
    static String lockedMessage(Component source, CodeUsage.Locked locked) {
        return source.getTranslation("codebook.delete.locked", locked.annotations(), locked.coders());
    }

    static void conflict(Component source, Runnable reload) {
        error(source.getTranslation("codebook.conflict"));
        reload.run();
    }

    private static String fieldLabel(Component source, String field) {
        return switch (field) {
            case "key" -> source.getTranslation("codebook.column.key");
            case "kind" -> source.getTranslation("codebook.column.kind");
            case "color" -> source.getTranslation("codebook.column.color");
            case "name" -> source.getTranslation("codebook.field.name");
            case "definition" -> source.getTranslation("codebook.field.definition");
            case "examples" -> source.getTranslation("codebook.field.examples");
            case "replacement" -> source.getTranslation("codebook.delete.target");
            default -> String.valueOf(field);
        };
    }
}
