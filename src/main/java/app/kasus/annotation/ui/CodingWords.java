package app.kasus.annotation.ui;

import app.kasus.annotation.ActivityEntry;
import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationRevision;
import app.kasus.annotation.AnnotationRevision.FieldChange;
import app.kasus.codebook.Codebook;
import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Codings, their revisions and activity in words, wherever they are named (the coding panel, highlights' tooltips,
 * deleted codings, the history section and the activity page); names from the case's codebook.
 */
final class CodingWords {

    private final Component translator;
    private final Codebook codebook;
    private final Locale locale;

    CodingWords(Component translator, Codebook codebook, Locale locale) {
        this.translator = translator;
        this.codebook = codebook;
        this.locale = locale;
    }

    /** How an annotation is named wherever it is referred to: code, actors, stage and the start of its quote. */
    String describe(AnnotationData a) {
        String quoteStart = a.quote().length() > 60 ? a.quote().substring(0, 57) + "…" : a.quote();
        return code(a.code()) + " · " + actor(a.actor()) + " → " + actor(a.addressee()) + " · "
                + translator.getTranslation("coding.stageShort", a.stage()) + " · “" + quoteStart + "”";
    }

    /** Who: a user's name, or the application for changes no user made (seeding, data older than the history). */
    String who(String user) {
        return user == null ? translator.getTranslation("history.system") : user;
    }

    /** "created", "changed code: Concession → Demand; stage: 1 → 3", "deleted", "restored". */
    String what(AnnotationRevision revision) {
        String action = translator.getTranslation("history.action." + revision.action().name().toLowerCase(Locale.ROOT));
        if (revision.changes().isEmpty()) {
            return action;
        }
        return action + ": " + revision.changes().stream().map(this::change).collect(Collectors.joining("; "));
    }

    /** "Annotation #12 restored", "Comment #4 on annotation #12 deleted", "Code demand changed". */
    String what(ActivityEntry entry) {
        String action = translator.getTranslation("history.action." + entry.action().name().toLowerCase(Locale.ROOT));
        String subject = translator.getTranslation("activity.subject." + entry.subject().name().toLowerCase(Locale.ROOT),
                // As text: a number argument would be grouped ("#1,234").
                String.valueOf(entry.itemId()), entry.annotationId() == null ? "" : String.valueOf(entry.annotationId()),
                entry.detail() == null ? "" : detail(entry));
        return subject + " · " + action;
    }

    private String detail(ActivityEntry entry) {
        return switch (entry.subject()) {
            case ANNOTATION, CODE -> code(entry.detail());
            case ACTOR -> actor(entry.detail());
            default -> entry.detail();
        };
    }

    private String change(FieldChange change) {
        return translator.getTranslation("history.field." + change.field()) + " "
                + value(change.field(), change.before()) + " → " + value(change.field(), change.after());
    }

    private String value(String field, String value) {
        if (value == null || value.isEmpty()) {
            return translator.getTranslation("history.none");
        }
        return switch (field) {
            case "code" -> code(value);
            case "actor", "addressee" -> actor(value);
            case "note" -> "“" + (value.length() > 80 ? value.substring(0, 77) + "…" : value) + "”";
            case "respondsTo" -> "#" + value;
            default -> value;
        };
    }

    private String code(String key) {
        return codebook.code(key).map(c -> c.name().in(locale)).orElse(key);
    }

    private String actor(String key) {
        return codebook.actor(key).map(a -> a.name().in(locale)).orElse(key);
    }
}
