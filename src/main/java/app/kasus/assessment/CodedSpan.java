package app.kasus.assessment;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One annotation as the engine sees it. {@code kind} is what the assessment understands of the code;
 * several codes may share a kind, and OTHER codes are counted nowhere.
 *
 * @param valence   null unless {@code kind == SIGNAL}
 * @param eventDate the date of the event the passage reports, nullable
 * @param respondsTo id of the annotation this one answers, nullable
 */
public record CodedSpan(long id, long passageId, int passageOrdinal, int start, int end,
                        Kind kind, String code, String actor, String addressee, int stage,
                        Valence valence, LocalDate eventDate,
                        Long respondsTo, String author) {

    public enum Kind { CONCESSION, DEMAND, SIGNAL, OTHER }

    public enum Valence { POSITIVE, NEGATIVE }

    /** Reading order: passage, then offset, then id so that the order is total and output deterministic. */
    static final Comparator<CodedSpan> READING_ORDER = Comparator.comparingInt(CodedSpan::passageOrdinal)
            .thenComparingInt(CodedSpan::start)
            .thenComparingLong(CodedSpan::id);

    /** Whether the assessment counts this annotation at all: OTHER (and a missing kind) count nowhere. */
    boolean counted() {
        return kind != null && kind != Kind.OTHER && actor != null;
    }

    /** An annotation of one side toward a different side; only these can form or serve a dyad. */
    boolean between() {
        return counted() && addressee != null && !actor.equals(addressee);
    }
}
