package app.kasus.review.ui;

import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Valence;
import java.time.LocalDate;

/** The gold span dialog's buffered form object; public because Binder reads records reflectively. */
public record GoldSpanForm(Integer start, Integer end, CodeDef code, ActorDef actor, ActorDef addressee,
                           Integer stage, Valence valence, LocalDate eventDate, String note) {
}
