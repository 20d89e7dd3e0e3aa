package app.kasus.annotation;

/**
 * What a coder asks to store, as typed: every field is checked by {@link AnnotationService}, which names the
 * field it rejects. {@code version} matters only for updates.
 */
public record AnnotationCommand(Long passageId, Integer start, Integer end, String code, String actor,
                                String addressee, Integer stage, String valence, String eventDate, String note,
                                Long respondsTo, Long version) {

    /** The longest note an annotation keeps; forms limit their note field to it. */
    public static final int MAX_NOTE_LENGTH = 2000;
}
