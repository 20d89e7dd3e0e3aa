package app.kasus.codebook.ui;

import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Texts;

/** The code editor's buffered form object; public because Binder reads records reflectively. */
public record CodeForm(String key, CodeKind kind, String color, String nameEn, String nameId,
                       String definitionEn, String definitionId, String examplesEn, String examplesId) {

    static CodeForm of(CodeDef def) {
        return new CodeForm(def.key(), def.kind(), def.color(), def.name().en(), def.name().id(),
                def.definition().en(), def.definition().id(), def.examples().en(), def.examples().id());
    }

    /** A new code starts as "other" in a neutral grey, so the instructor only has to name it. */
    static CodeForm blank() {
        return new CodeForm("", CodeKind.OTHER, "#666666", "", "", "", "", "", "");
    }

    CodeDef toDef() {
        return new CodeDef(key.strip(), kind, color.strip().toLowerCase(java.util.Locale.ROOT),
                new Texts(nameEn, nameId), new Texts(definitionEn, definitionId), new Texts(examplesEn, examplesId));
    }
}
