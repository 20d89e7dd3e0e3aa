package app.kasus.codebook.ui;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.Notify;
import app.kasus.codebook.CodeUsage;
import app.kasus.codebook.LockedCodingException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;

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

    /**
     * Runs a change against the service. A refused input is marked at its field (when the editor has one of that
     * name) and named in a notification; a change by someone else reloads the editor. Returns whether it succeeded.
     */
    static boolean attempt(Component source, Runnable change, Map<String, HasValidationProperties> fields,
                           Runnable reload) {
        try {
            change.run();
            return true;
        } catch (InvalidInputException e) {
            HasValidationProperties field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
            error(source.getTranslation("codebook.invalid", fieldLabel(source, e.field()), e.getMessage()));
        } catch (LockedCodingException e) {
            error(lockedMessage(source, e.locked()));
            reload.run();
        } catch (StaleVersionException | NotFoundException e) {
            conflict(source, reload);
        } catch (AccessDeniedException e) {
            error(source.getTranslation("codebook.denied"));
        }
        return false;
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
        return switch (field == null ? "" : field) {
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
