package app.kasus.annotation;

import java.time.LocalDate;

/**
 * What a coder asks to store, as typed: every field is checked by {@link AnnotationService}, which names the
 * field it rejects. {@code version} matters only for updates.
 */
public record AnnotationCommand(Long passageId, Integer start, Integer end, String code, String actor,
                                String addressee, Integer stage, String valence, String eventDate, String note,
                                Long respondsTo, Long version) {

    /** The longest note an annotation keeps; forms limit their note field to it. */
    public static final int MAX_NOTE_LENGTH = 2000;

    /**
     * The event dates an annotation may carry; forms' date pickers use the same bounds. Outside them the database's
     * Julian/Gregorian handling and year range change a date on the way in (1582-10-10 came back as 1582-10-20).
     */
    public static final LocalDate EARLIEST_EVENT_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_EVENT_DATE = LocalDate.of(2100, 12, 31);
}
