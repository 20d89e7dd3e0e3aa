package app.kasus.roster;

import java.util.List;

/** A roster with at least one bad row: nothing was stored, and {@link #errors()} names every problem. */
public class RosterRejectedException extends RuntimeException {

    private final transient List<RosterError> errors;

    public RosterRejectedException(List<RosterError> errors) {
        super(errors.size() == 1 ? "the roster has 1 error; nothing was imported"
                : "the roster has " + errors.size() + " errors; nothing was imported");
        this.errors = List.copyOf(errors);
    }

    public List<RosterError> errors() {
        return errors;
    }
}
