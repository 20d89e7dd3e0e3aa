package app.kasus.group.ui;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.Notify;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/** How the groups page reports the service's answers, so a refusal always reads the same and is never silent. */
final class GroupFeedback {

    private GroupFeedback() {
    }

    static void success(String message) {
        Notify.success(message);
    }

    static void error(String message) {
        Notify.error(message);
    }

    /**
     * Runs a change against the service and returns its result, or empty when it was refused. A refused input is
     * marked at its field (when the page has one of that name) and named in a notification; a group changed or
     * deleted by someone else meanwhile is reloaded, so the next attempt starts from what is stored.
     */
    static <T> Optional<T> attempt(Component source, Supplier<T> change, Map<String, HasValidationProperties> fields,
                                   Runnable reload) {
        try {
            return Optional.of(change.get());
        } catch (InvalidInputException e) {
            HasValidationProperties field = fields.get(e.field());
            if (field != null) {
                field.setErrorMessage(e.getMessage());
                field.setInvalid(true);
            }
            error(source.getTranslation("groups.invalid", fieldLabel(source, e.field()), e.getMessage()));
        } catch (StaleVersionException | ConflictException e) {
            // A conflict is a save that raced another between the service's check and its write.
            error(source.getTranslation("groups.conflict"));
            reload.run();
        } catch (NotFoundException e) {
            error(source.getTranslation("groups.gone"));
            reload.run();
        } catch (AccessDeniedException e) {
            error(source.getTranslation("groups.denied"));
        }
        return Optional.empty();
    }

    private static String fieldLabel(Component source, String field) {
        return switch (field == null ? "" : field) {
            case "name" -> source.getTranslation("groups.field.name");
            case "members" -> source.getTranslation("groups.members");
            default -> String.valueOf(field);
        };
    }
}
