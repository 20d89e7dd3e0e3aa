package app.kasus.review;

import java.util.List;
import java.util.Optional;

/**
 * How far the coders agree on one code of a case. A figure is {@code null} where it is undefined: fewer than two
 * coders, or no variance to correct for chance (every coder gave every passage the same value).
 *
 * @param units the passages compared (the case's passages)
 * @param cohenKappa one entry per pair of coders, in the order the coders are listed
 * @param unitizingAlpha Krippendorff's unitizing alpha on the spans themselves, by character within the case
 */
public record AgreementFigures(String code, List<String> coders, int units, List<PairwiseKappa> cohenKappa,
                               Double fleissKappa, Double krippendorffAlpha, Double unitizingAlpha) {

    /** Cohen's kappa of two coders; {@code null} where it is undefined. */
    public record PairwiseKappa(String a, String b, Double kappa) {
    }

    /** Cohen's kappa of the two coders, in either order; empty for the same coder or a pair not measured. */
    public Optional<Double> kappa(String first, String second) {
        return cohenKappa.stream()
                .filter(p -> p.a().equals(first) && p.b().equals(second) || p.a().equals(second) && p.b().equals(first))
                .findFirst().map(PairwiseKappa::kappa);
    }
}
