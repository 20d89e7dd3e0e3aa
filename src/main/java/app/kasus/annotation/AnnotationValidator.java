package app.kasus.annotation;

import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.Valence;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.LongFunction;

/** Checks a command field by field, in a fixed order, so the caller learns the first thing to correct. */
final class AnnotationValidator {

    static final int MAX_NOTE_LENGTH = AnnotationCommand.MAX_NOTE_LENGTH;
    /** The one actor that may be both actor and addressee (two unnamed parties). */
    private static final String OTHER = "other";

    private AnnotationValidator() {
    }

    static ValidAnnotation validate(long caseId, AnnotationCommand cmd, LongFunction<Optional<PassageInfo>> passages,
                                    Codebook codebook) {
        if (cmd == null) {
            throw new InvalidInputException("body", "missing");
        }
        if (cmd.passageId() == null) {
            throw new InvalidInputException("passageId", "required");
        }
        PassageInfo passage = passages.apply(cmd.passageId())
                .filter(p -> p.caseId() == caseId)
                .orElseThrow(() -> new NotFoundException("passageId: no passage " + cmd.passageId() + " in this case"));
        int length = passage.text().length();
        if (cmd.start() == null) {
            throw new InvalidInputException("start", "required");
        }
        if (cmd.end() == null) {
            throw new InvalidInputException("end", "required");
        }
        if (cmd.start() < 0 || cmd.start() > length) {
            throw new InvalidInputException("start", "must be between 0 and " + length + " (the passage length)");
        }
        if (cmd.end() > length) {
            throw new InvalidInputException("end", "must be at most " + length + " (the passage length)");
        }
        if (cmd.start() >= cmd.end()) {
            throw new InvalidInputException("end", "must be greater than start");
        }
        String quote = passage.text().substring(cmd.start(), cmd.end());
        if (quote.isBlank()) {
            throw new InvalidInputException("start", "the span covers only white space");
        }
        CodeDef code = codebook.code(cmd.code()).orElseThrow(() ->
                new InvalidInputException("code", "must be one of " + codebook.codeKeys()));
        ActorDef actor = codebook.actor(cmd.actor()).orElseThrow(() ->
                new InvalidInputException("actor", "must be one of " + codebook.actorKeys()));
        ActorDef addressee = codebook.actor(cmd.addressee()).orElseThrow(() ->
                new InvalidInputException("addressee", "must be one of " + codebook.actorKeys()));
        if (actor.equals(addressee) && !OTHER.equalsIgnoreCase(actor.key())) {
            throw new InvalidInputException("addressee", "must differ from the actor");
        }
        if (codebook.stage(cmd.stage()).isEmpty()) {
            throw new InvalidInputException("stage", "must be 1, 2, 3 or 4");
        }
        Valence valence = valence(code.kind(), cmd.valence());
        String note = cmd.note() == null || cmd.note().isBlank() ? null : cmd.note().strip();
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            throw new InvalidInputException("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        return new ValidAnnotation(passage.id(), cmd.start(), cmd.end(), quote, code.key(), actor.key(),
                addressee.key(), cmd.stage(),
                valence, eventDate(cmd.eventDate()), note, cmd.respondsTo());
    }

    private static Valence valence(CodeKind kind, String raw) {
        boolean given = raw != null && !raw.isBlank();
        if (kind != CodeKind.SIGNAL) {
            if (given) {
                throw new InvalidInputException("valence", "only signals carry a valence");
            }
            return null;
        }
        if (!given) {
            throw new InvalidInputException("valence", "required for signals: positive or negative");
        }
        return Valence.parse(raw).orElseThrow(() ->
                new InvalidInputException("valence", "must be positive or negative"));
    }

    private static LocalDate eventDate(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("eventDate", "must be an ISO date such as 2019-02-28");
        }
        if (date.isBefore(AnnotationCommand.EARLIEST_EVENT_DATE) || date.isAfter(AnnotationCommand.LATEST_EVENT_DATE)) {
            throw new InvalidInputException("eventDate", "must lie between " + AnnotationCommand.EARLIEST_EVENT_DATE
                    + " and " + AnnotationCommand.LATEST_EVENT_DATE);
        }
        return date;
    }
}
