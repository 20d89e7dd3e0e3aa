package app.kasus.annotation;

import java.time.Instant;

/** Whether a case's gold coding is released to students, since when and by whom (null while it is not). */
public record GoldReleaseStatus(long caseId, boolean released, Instant releasedAt, String releasedBy) {

    static GoldReleaseStatus withheld(long caseId) {
        return new GoldReleaseStatus(caseId, false, null, null);
    }
}
