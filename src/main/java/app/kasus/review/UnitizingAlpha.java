package app.kasus.review;

import org.dkpro.statistics.agreement.unitizing.IUnitizingAnnotationStudy;
import org.dkpro.statistics.agreement.unitizing.KrippendorffAlphaUnitizingAgreement;

/**
 * The library's unitizing alpha, with its expected disagreement in reach: the library answers 0 where that is
 * zero (no span of the code at all), which would read as "agreement at chance" instead of "undefined".
 */
final class UnitizingAlpha extends KrippendorffAlphaUnitizingAgreement {

    UnitizingAlpha(IUnitizingAnnotationStudy study) {
        super(study);
    }

    double expectedDisagreement(Object category) {
        return calculateExpectedCategoryDisagreement(category);
    }
}
