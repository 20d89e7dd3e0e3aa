package app.kasus.annotation.ui;

import com.vaadin.flow.component.UI;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Times as the reader reads them: in their language and, once the browser has told it, their time zone (the
 * server's until then). {@link #whenKnown} runs the given refresh once the zone is known.
 */
final class BrowserTimes {

    private final Locale locale;
    private ZoneId zone = ZoneId.systemDefault();

    BrowserTimes(Locale locale) {
        this.locale = locale;
    }

    void whenKnown(UI ui, Runnable refresh) {
        ui.getPage().retrieveExtendedClientDetails(details -> {
            try {
                if (details.getTimeZoneId() != null) {
                    zone = ZoneId.of(details.getTimeZoneId());
                    refresh.run();
                }
            } catch (DateTimeException unknown) {
                // An unknown zone keeps the server's.
            }
        });
    }

    String format(Instant time) {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(time);
    }
}
