package app.kasus.interchange;

import java.util.List;

/**
 * What a Web Annotation import did: how many items became annotations (and their ids, in the order of the items),
 * the items whose target text was not found (not stored), and links that could not be kept.
 */
public record ImportReport(int imported, List<Long> ids, List<Skipped> unmatched, List<Skipped> warnings) {

    /** {@code index}: the item's position in the import, from 0. */
    public record Skipped(int index, String reason) {
    }
}
