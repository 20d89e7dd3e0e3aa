package app.kasus.interchange;

import java.util.List;

/** An import refused as a whole because items are malformed or invalid; nothing was stored. */
public class ImportRejectedException extends RuntimeException {

    /** {@code index}: the item's position in the import, from 0; {@code field}: what to correct. */
    public record ItemError(int index, String field, String message) {
    }

    private final List<ItemError> errors;

    ImportRejectedException(List<ItemError> errors) {
        super(errors.size() == 1
                ? "item " + errors.get(0).index() + ": " + errors.get(0).field() + ": " + errors.get(0).message()
                  + "; nothing was stored"
                : errors.size() + " items are invalid; nothing was stored");
        this.errors = List.copyOf(errors);
    }

    public List<ItemError> errors() {
        return errors;
    }
}
