package app.kasus.interchange.refiqda;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An annotation's event date travels in its selection's description, as "Event date: 2019-02-28". */
final class EventDates {

    private static final String LABEL = "Event date: ";
    private static final Pattern DATE = Pattern.compile("Event date:\\s*(\\d{4}-\\d{2}-\\d{2})");

    private EventDates() {
    }

    static String describe(LocalDate date) {
        return LABEL + date;
    }

    static Optional<LocalDate> read(String description) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(description);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(m.group(1)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
