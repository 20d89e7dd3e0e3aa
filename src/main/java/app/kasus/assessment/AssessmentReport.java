package app.kasus.assessment;

import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.Codebook;
import java.util.List;

/**
 * An assessment with what it was made from: the source, the coders combined, the annotations counted (for
 * evidence lists and the timeline) and the codebook that names codes, actors and stages.
 */
public record AssessmentReport(String source, List<String> coders, Assessment assessment,
                               List<AnnotationData> annotations, Codebook codebook) {
}
