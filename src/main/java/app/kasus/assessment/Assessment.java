package app.kasus.assessment;

import java.util.List;
import java.util.Map;

/**
 * The verdict on one coding: the dyad whose negotiation is assessed (null when no pair of actors
 * interacts), stages 1–4 in order, and concessions given vs demands made per actor.
 */
public record Assessment(Dyad dyad, List<StageAssessment> stages, Map<String, Balance> balance) {
}
