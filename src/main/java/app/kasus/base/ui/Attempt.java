package app.kasus.base.ui;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.shared.HasValidationProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Runs a change against a service from a page and reports a refusal the one way the app does, so it always reads the
 * same and is never silent: a refused input is marked at its field (when the page has one of that name) and named in
 * an error notification; a change someone else made meanwhile, or a thing they deleted, is announced and the page
 * reloads what is stored, so the next attempt starts from there; a refusal of rights is said as such. A page adds its
 * own handling for exceptions of its own (checked first, so a subclass of a conflict can be told apart).
 */
public final class Attempt {

    /**
     * Translation keys of the page's messages. {@code invalid} gets the service's message as {0} and the field's
     * label as {1}; {@code stale}: changed by someone else; {@code gone}: deleted meanwhile; {@code denied}.
     */
    public record Messages(String invalid, String stale, String gone, String denied) {
    }

    private record Handler<E extends RuntimeException>(Class<E> type, Consumer<E> action) {
        void handle(RuntimeException e) {
            action.accept(type.cast(e));
        }
    }

    private final Component source;
    private final Messages messages;
    private Map<String, ? extends HasValidationProperties> fields = Map.of();
    private Function<String, String> fieldLabel = String::valueOf;
    private Runnable reload = () -> { };
    private final List<Handler<?>> handlers = new ArrayList<>();
    private Consumer<String> errors = Notify::error;

    private Attempt(Component source, Messages messages) {
        this.source = source;
        this.messages = messages;
    }

    /** {@code source}: the component whose translations the messages use. */
    public static Attempt from(Component source, Messages messages) {
        return new Attempt(source, messages);
    }

    /** The page's fields by the names the service uses for them, and how each name reads to the user. */
    public Attempt fields(Map<String, ? extends HasValidationProperties> fields, Function<String, String> label) {
        this.fields = fields;
        this.fieldLabel = field -> label.apply(field == null ? "" : field);
        return this;
    }

    /** What shows the stored state again after someone else's change. */
    public Attempt reload(Runnable reload) {
        this.reload = reload;
        return this;
    }

    /** Where the error messages go instead of a notification (a test reads them there). */
    Attempt sayingTo(Consumer<String> errors) {
        this.errors = errors;
        return this;
    }

    public <E extends RuntimeException> Attempt on(Class<E> type, Consumer<E> action) {
        handlers.add(new Handler<>(type, action));
        return this;
    }

    /** Returns whether the change was made. */
    public boolean run(Runnable change) {
        return get(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** The change's result, or empty when it was refused (and the refusal reported). */
    public <T> Optional<T> get(Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (RuntimeException e) {
            report(e);
            return Optional.empty();
        }
    }

    private void report(RuntimeException e) {
        for (Handler<?> handler : handlers) {
            if (handler.type().isInstance(e)) {
                handler.handle(e);
                return;
            }
        }
        if (e instanceof InvalidInputException invalid) {
            HasValidationProperties field = invalid.field() == null ? null : fields.get(invalid.field());
            if (field != null) {
                field.setErrorMessage(invalid.getMessage());
                field.setInvalid(true);
            }
            errors.accept(source.getTranslation(messages.invalid(), invalid.getMessage(),
                    fieldLabel.apply(invalid.field())));
        } else if (e instanceof StaleVersionException || e instanceof ConflictException) {
            errors.accept(source.getTranslation(messages.stale()));
            reload.run();
        } else if (e instanceof NotFoundException) {
            errors.accept(source.getTranslation(messages.gone()));
            reload.run();
        } else if (e instanceof AccessDeniedException) {
            errors.accept(source.getTranslation(messages.denied()));
        } else {
            throw e;
        }
    }
}
