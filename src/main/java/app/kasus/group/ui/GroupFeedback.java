package app.kasus.group.ui;

import app.kasus.base.ui.Attempt;
import app.kasus.base.ui.Notify;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

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

    private static final Attempt.Messages MESSAGES = new Attempt.Messages("groups.invalid", "groups.conflict",
            "groups.gone", "groups.denied");

    /** Runs a change against the service (see {@link Attempt}) and returns its result, or empty when refused. */
    static <T> Optional<T> attempt(Component source, Supplier<T> change, Map<String, HasValidationProperties> fields,
                                   Runnable reload) {
        return Attempt.from(source, MESSAGES).fields(fields, field -> fieldLabel(source, field)).reload(reload)
                .get(change);
    }

    private static String fieldLabel(Component source, String field) {
        return switch (field) {
            case "name" -> source.getTranslation("groups.field.name");
            case "members" -> source.getTranslation("groups.members");
            default -> String.valueOf(field);
        };
    }
}
