package app.kasus.codebook.ui;

import app.kasus.codebook.ActorDef;
import app.kasus.codebook.Texts;

/** The actor editor's buffered form object; public because Binder reads records reflectively. */
public record ActorForm(String key, String nameEn, String nameId) {

    static ActorForm of(ActorDef def) {
        return new ActorForm(def.key(), def.name().en(), def.name().id());
    }

    static ActorForm blank() {
        return new ActorForm("", "", "");
    }

    ActorDef toDef() {
        return new ActorDef(key.strip(), new Texts(nameEn, nameId));
    }
}
