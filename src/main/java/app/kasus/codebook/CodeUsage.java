package app.kasus.codebook;

/**
 * What the codebook needs to know of the annotations that use a code, implemented where annotations live,
 * so that deleting a code never leaves annotations pointing at nothing.
 */
public interface CodeUsage {

    long countByCode(long caseId, String code);

    /** How many annotations of the code belong to coding an instructor has locked, and of how many coders. */
    record Locked(long annotations, long coders) {
        public boolean any() {
            return annotations > 0;
        }
    }

    Locked lockedByCode(long caseId, String code);

    /** Moves every annotation of {@code from} to {@code to}; clears valences when {@code to} is not a signal. */
    void reassignCode(long caseId, String from, String to, boolean clearValence);

    void deleteByCode(long caseId, String code);
}
