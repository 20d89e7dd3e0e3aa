package app.kasus.annotation.ui;

import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Valence;
import java.time.LocalDate;

/** The coding panel's buffered form object; public because Binder reads records reflectively. */
public record CodingForm(CodeDef code, ActorDef actor, ActorDef addressee, Integer stage, Valence valence,
                         LocalDate eventDate, String note, Long respondsTo) {
}
