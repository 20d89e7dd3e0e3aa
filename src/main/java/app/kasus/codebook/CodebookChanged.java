package app.kasus.codebook;

/**
 * A case's codebook changed (a code, actor or stage added, edited or removed). Every node keeps codebooks in memory
 * ({@link CodebookService#forCase}); on several nodes this event is how the others learn to read it anew.
 */
public record CodebookChanged(long caseId) {
}
