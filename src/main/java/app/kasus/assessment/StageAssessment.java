package app.kasus.assessment;

import java.util.List;
import java.util.Map;

/**
 * The verdict on one of Kupchan's stages.
 *
 * @param counts           per acting actor, over all annotations of the stage (not only the dyad)
 * @param reciprocityIndex min/max of the dyad's concession counts in the two directions, 0 when none
 * @param evidence         ids of the stage's annotations (any kind but OTHER) in reading order
 */
public record StageAssessment(int stage, StageStatus status, Map<String, ActorCounts> counts,
                              double reciprocityIndex, List<Long> evidence, Facts facts) {
}
