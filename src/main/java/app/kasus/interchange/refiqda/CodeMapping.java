package app.kasus.interchange.refiqda;

import app.kasus.base.InvalidInputException;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookRules;
import app.kasus.codebook.CodebookService;
import app.kasus.codebook.Texts;
import app.kasus.codebook.Valence;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An imported project's codes in the new case's codebook. A code whose name is a key or name of a code the case
 * already has (the default codebook's "Concession", say) is that code; any other codable code is added, with its
 * colour and description, a key made from its name, and the kind "other" (the assessment counts only concessions,
 * demands and signals, and a name is too weak a hint to guess those). Codes under the facet groups
 * ({@link Facets}) give an annotation its actor, addressee, stage and valence; an actor the case lacks is added.
 * Codings without them get actor and addressee "other" and the first stage.
 */
final class CodeMapping {

    /** One annotation's worth of a selection: a code and the facets coded on the same selection. */
    record Coding(String code, String actor, String addressee, Integer stage, String valence, String creatingUser) {
    }

    static final String OTHER_ACTOR = "other";
    private static final String[] PALETTE = {"#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02",
            "#a6761d", "#666666"};

    private final long caseId;
    private final QdaProject project;
    private final CodebookService codebooks;
    private final List<String> notes;
    private final Codebook initial;
    private final Map<String, String> keysByGuid = new HashMap<>();
    private final Map<String, CodeKind> kinds = new HashMap<>();
    private final Set<String> actorKeys = new HashSet<>();
    private final List<String> added = new ArrayList<>();
    private int defaulted;

    CodeMapping(long caseId, QdaProject project, CodebookService codebooks, List<String> notes) {
        this.caseId = caseId;
        this.project = project;
        this.codebooks = codebooks;
        this.notes = notes;
        this.initial = codebooks.forCase(caseId);
        initial.codes().forEach(c -> kinds.put(c.key(), c.kind()));
        initial.actors().forEach(a -> actorKeys.add(a.key()));
    }

    /** Maps (and where needed adds) every codable code of the project, used or not: the codebook travels whole. */
    void createAll() {
        for (QdaProject.Code code : project.codes().values()) {
            if (isMain(code) && code.codable()) {
                key(code);
            }
        }
    }

    List<String> added() {
        return List.copyOf(added);
    }

    List<String> summary() {
        return defaulted == 0 ? List.of() : List.of(defaulted + " codings named no actor, addressee or stage: they"
                + " were given actor and addressee \"other\" and stage " + firstStage());
    }

    /** The annotations a selection makes: one per code coded on it, each with the selection's facets. */
    List<Coding> codings(QdaProject.Selection selection, String label) {
        Map<String, String> facets = new HashMap<>();
        List<QdaProject.Coding> main = new ArrayList<>();
        for (QdaProject.Coding coding : selection.codings()) {
            QdaProject.Code code = project.code(coding.codeGuid()).orElseThrow(() -> new InvalidInputException(
                    ProjectReader.FIELD, "project.qde: a coding of " + label + " refers to code " + coding.codeGuid()
                    + ", which the project's codebook does not hold"));
            if (code.group() != null) {
                Facets.member(code.name()).ifPresent(m -> facets.putIfAbsent(m.group(), m.value()));
            } else if (isMain(code)) {
                main.add(coding);
            }
        }
        List<Coding> result = new ArrayList<>();
        boolean incomplete = !facets.containsKey(Facets.ACTOR) || !facets.containsKey(Facets.ADDRESSEE)
                || !facets.containsKey(Facets.STAGE);
        for (QdaProject.Coding coding : main) {
            String key = key(project.code(coding.codeGuid()).orElseThrow());
            String valence = null;
            if (kinds.get(key) == CodeKind.SIGNAL) {
                valence = Optional.ofNullable(facets.get(Facets.VALENCE)).flatMap(Valence::parse).map(Valence::id)
                        .orElse(null);
                if (valence == null) {
                    notes.add(label + ": a signal without a valence (positive or negative): skipped");
                    continue;
                }
            }
            if (incomplete) {
                defaulted++;
            }
            result.add(new Coding(key, actor(facets.get(Facets.ACTOR)), actor(facets.get(Facets.ADDRESSEE)),
                    stage(facets.get(Facets.STAGE), label), valence, coding.creatingUser()));
        }
        return result;
    }

    /** A code that is neither a facet nor a facet group. */
    private static boolean isMain(QdaProject.Code code) {
        return code.group() == null && !(Facets.isGroup(code.name()) && !code.codable());
    }

    private String key(QdaProject.Code code) {
        String known = keysByGuid.get(code.guid());
        if (known != null) {
            return known;
        }
        String name = code.name().strip();
        Optional<CodeDef> existing = initial.codes().stream().filter(c -> c.key().equalsIgnoreCase(name)
                || c.name().en().equalsIgnoreCase(name) || c.name().id().equalsIgnoreCase(name)).findFirst();
        String key;
        if (existing.isPresent()) {
            key = existing.get().key();
        } else {
            key = uniqueKey(name);
            String shownName = cut(name, CodebookRules.MAX_NAME);
            String description = cut(code.description() == null ? "" : code.description().strip(),
                    CodebookRules.MAX_DEFINITION);
            codebooks.addImportedCode(caseId, new CodeDef(key, CodeKind.OTHER, color(code.color()),
                    new Texts(shownName, shownName), new Texts(description, description), new Texts("", "")));
            kinds.put(key, CodeKind.OTHER);
            added.add("\"" + code.path() + "\" as " + key);
        }
        keysByGuid.put(code.guid(), key);
        return key;
    }

    private String actor(String value) {
        if (value == null) {
            return OTHER_ACTOR;
        }
        Optional<String> existing = actorKeys.stream().filter(k -> k.equalsIgnoreCase(value)).findFirst();
        if (existing.isPresent()) {
            return existing.get();
        }
        if (!CodebookRules.ACTOR_KEY.matcher(value).matches()) {
            notes.add("actor \"" + value + "\" is not a possible actor key (letters, digits, dashes): coded as other");
            return OTHER_ACTOR;
        }
        String name = cut(actorName(value), CodebookRules.MAX_NAME);
        codebooks.addImportedActor(caseId, new ActorDef(value, new Texts(name, name)));
        actorKeys.add(value);
        notes.add("actor " + value + " added to the codebook");
        return value;
    }

    /** The description our export gives an actor's facet code is the actor's name. */
    private String actorName(String key) {
        return project.codes().values().stream()
                .filter(c -> c.group() != null && Facets.member(c.name()).map(m -> m.value().equals(key)).orElse(false)
                        && c.description() != null && !c.description().isBlank())
                .map(c -> c.description().strip()).findFirst().orElse(key);
    }

    private int stage(String value, String label) {
        if (value != null) {
            int number = Integer.parseInt(value);
            if (initial.stage(number).isPresent()) {
                return number;
            }
            notes.add(label + ": stage " + number + " does not exist: coded as stage " + firstStage());
        }
        return firstStage();
    }

    private int firstStage() {
        return initial.stages().isEmpty() ? 1 : initial.stages().get(0).number();
    }

    private String uniqueKey(String name) {
        String base = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "code-" + base;
        }
        base = base.replaceAll("-+$", "");
        base = base.length() > 28 ? base.substring(0, 28).replaceAll("-+$", "") : base;
        String key = base;
        for (int n = 2; kinds.containsKey(key); n++) {
            key = base + "-" + n;
        }
        return key;
    }

    private String color(String color) {
        if (color != null && color.strip().matches("#[0-9a-fA-F]{6}")) {
            return color.strip().toLowerCase(Locale.ROOT);
        }
        if (color != null && color.strip().matches("#[0-9a-fA-F]{3}")) {
            String c = color.strip().toLowerCase(Locale.ROOT);
            return "#" + c.charAt(1) + c.charAt(1) + c.charAt(2) + c.charAt(2) + c.charAt(3) + c.charAt(3);
        }
        return PALETTE[added.size() % PALETTE.length];
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
