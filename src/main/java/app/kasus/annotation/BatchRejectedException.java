package app.kasus.annotation;

import java.util.List;

/** A batch of annotations was refused as a whole; {@link #errors()} names every bad item, by its index. */
public class BatchRejectedException extends RuntimeException {

    /** {@code index} is the item's position in the batch, from 0. */
    public record ItemError(int index, String field, String message) {
    }

    private final List<ItemError> errors;

    BatchRejectedException(List<ItemError> errors) {
        super(errors.size() + (errors.size() == 1 ? " item is" : " items are") + " invalid; nothing was stored");
        this.errors = List.copyOf(errors);
    }

    public List<ItemError> errors() {
        return errors;
    }
}
