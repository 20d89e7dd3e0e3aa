package app.kasus.assessment;

/**
 * Turns a stage's figures into a sentence a student can check against the passages. Texts come from the
 * interface bundles through {@code translator}, so the view and the API speak the reader's language.
 */
public final class AssessmentNarrator {

    /** Looks up a message key and fills in its arguments. */
    @FunctionalInterface
    public interface Translator {
        String translate(String key, Object... args);
    }

    private AssessmentNarrator() {
    }

    public static String explain(Assessment assessment, StageAssessment stage, Translator t) {
        Dyad dyad = assessment.dyad();
        if (dyad == null) {
            return stage.stage() == 1 ? t.translate("assessment.explain.noDyad")
                    : t.translate("assessment.explain.blocked", stage.stage() - 1);
        }
        Facts f = stage.facts();
        String a = dyad.first();
        String b = dyad.second();
        if (stage.status() == StageStatus.BLOCKED) {
            return t.translate("assessment.explain.blocked", f.blockedBy());
        }
        if (stage.stage() == 1) {
            return switch (stage.status()) {
                case GAMBIT_UNANSWERED -> f.concessionsFirstToSecond() > 0
                        ? t.translate("assessment.explain.gambit", a, b, f.concessionsFirstToSecond())
                        : t.translate("assessment.explain.gambit", b, a, f.concessionsSecondToFirst());
                case RECIPROCATED -> t.translate(f.linkedReply() ? "assessment.explain.reciprocatedLinked"
                        : "assessment.explain.reciprocated", a, b, f.concessionsFirstToSecond(), f.concessionsSecondToFirst());
                default -> t.translate("assessment.explain.noConcession", a, b);
            };
        }
        int ab = f.concessionsFirstToSecond() + f.positiveFirstToSecond();
        int ba = f.concessionsSecondToFirst() + f.positiveSecondToFirst();
        return switch (stage.status()) {
            case REACHED -> t.translate("assessment.explain.reached", a, b, ab, ba);
            case ONE_SIDED -> ab > 0 ? t.translate("assessment.explain.oneSided", a, b, ab)
                    : t.translate("assessment.explain.oneSided", b, a, ba);
            default -> t.translate("assessment.explain.notStarted", a, b);
        };
    }
}
