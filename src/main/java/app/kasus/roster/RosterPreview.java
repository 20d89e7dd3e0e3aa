package app.kasus.roster;

import java.util.List;

/**
 * A roster as it would be imported: every row, every error, and the groups that importing would create. It can be
 * imported only when {@link #errors()} is empty.
 */
public record RosterPreview(List<RosterRow> rows, List<RosterError> errors, List<String> newGroups) {

    public boolean importable() {
        return errors.isEmpty() && !rows.isEmpty();
    }

    public List<RosterError> errorsOf(int line) {
        return errors.stream().filter(e -> e.line() == line).toList();
    }
}
