package app.kasus.interchange.refiqda;

import java.util.List;

/**
 * What a REFI-QDA import made: the new draft case, how many passages and codings it holds, and in words what was
 * added to its codebook, whose coding went to the importer and what was left out.
 */
public record QdpxImportReport(long caseId, String title, int passages, int codings, List<String> codesAdded,
                               List<String> notes) {
}
