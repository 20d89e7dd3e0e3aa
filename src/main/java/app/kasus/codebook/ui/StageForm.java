package app.kasus.codebook.ui;

import app.kasus.codebook.StageDef;
import app.kasus.codebook.Texts;

/**
 * The stage editor's buffered form object; public because Binder reads records reflectively. The stage number
 * is not in it: stages are fixed (Kupchan's four), only their words change.
 */
public record StageForm(String nameEn, String nameId, String definitionEn, String definitionId) {

    static StageForm of(StageDef def) {
        return new StageForm(def.name().en(), def.name().id(), def.definition().en(), def.definition().id());
    }

    StageDef toDef(int number) {
        return new StageDef(number, new Texts(nameEn, nameId), new Texts(definitionEn, definitionId));
    }
}
