package app.kasus.codebook;

import app.kasus.base.InvalidInputException;
import java.util.regex.Pattern;

/** What makes a code, actor or stage acceptable, for the default file and for instructors' edits alike. */
public final class CodebookRules {

    public static final Pattern CODE_KEY = Pattern.compile("[a-z][a-z0-9-]{0,31}");
    public static final Pattern ACTOR_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,15}");
    static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");
    public static final int MAX_NAME = 80;
    public static final int MAX_DEFINITION = 2000;
    static final int MAX_EXAMPLES = 4000;

    private CodebookRules() {
    }

    static CodeDef checkCode(CodeDef def) {
        if (def.key() == null || !CODE_KEY.matcher(def.key()).matches()) {
            throw new InvalidInputException("key", "use 1-32 lower-case letters, digits or dashes, starting with a letter");
        }
        if (def.kind() == null) {
            throw new InvalidInputException("kind", "required");
        }
        if (def.color() == null || !COLOR.matcher(def.color()).matches()) {
            throw new InvalidInputException("color", "must be a colour like #1b9e77");
        }
        checkName(def.name());
        checkLength("definition", def.definition(), MAX_DEFINITION);
        checkLength("examples", def.examples(), MAX_EXAMPLES);
        return def;
    }

    static ActorDef checkActor(ActorDef def) {
        if (def.key() == null || !ACTOR_KEY.matcher(def.key()).matches()) {
            throw new InvalidInputException("key", "use 1-16 letters, digits or dashes, starting with a letter");
        }
        checkName(def.name());
        return def;
    }

    static StageDef checkStage(StageDef def) {
        checkName(def.name());
        checkLength("definition", def.definition(), MAX_DEFINITION);
        return def;
    }

    private static void checkName(Texts name) {
        if (name == null || name.en().isEmpty() || name.id().isEmpty()) {
            throw new InvalidInputException("name", "give the name in English and in Indonesian");
        }
        checkLength("name", name, MAX_NAME);
    }

    private static void checkLength(String field, Texts texts, int max) {
        if (texts != null && (texts.en().length() > max || texts.id().length() > max)) {
            throw new InvalidInputException(field, "must be at most " + max + " characters");
        }
    }
}
