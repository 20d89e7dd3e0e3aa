package app.kasus.annotation.ui;

import app.kasus.codebook.Actor;
import app.kasus.codebook.Code;
import app.kasus.codebook.Valence;
import java.time.LocalDate;

/** The coding panel's buffered form object; public because Binder reads records reflectively. */
public record CodingForm(Code code, Actor actor, Actor addressee, Integer stage, Valence valence, LocalDate eventDate,
                  String note) {
}
