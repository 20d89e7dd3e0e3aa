package app.kasus.interchange.refiqda;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an imported REFI-QDA project holds that Kasus can use, read from {@code project.qde} and its source files
 * before anything is stored. Positions are as in the file: code points into the source's text.
 */
record QdaProject(String name, Map<String, User> users, Map<String, Code> codes, List<Source> sources,
                  Map<String, String> notes, List<String> skipped) {

    record User(String guid, String name, String id) {
    }

    /**
     * @param group the facet group ({@link Facets}) a facet code belongs to, else null
     * @param path  the names of its ancestors and itself, for messages
     */
    record Code(String guid, String name, String color, String description, boolean codable, String group,
                String path) {
    }

    record Source(String guid, String name, String text, String language, List<Selection> selections) {
    }

    record Selection(String guid, String name, int start, int end, String creatingUser, String description,
                     List<Coding> codings, List<String> noteGuids) {
    }

    record Coding(String guid, String codeGuid, String creatingUser, List<String> noteGuids) {
    }

    Optional<Code> code(String guid) {
        return Optional.ofNullable(codes.get(normalizeGuid(guid)));
    }

    /** GUIDs compare without braces and regardless of case, as the schema allows both spellings. */
    static String normalizeGuid(String guid) {
        if (guid == null) {
            return null;
        }
        String g = guid.strip();
        if (g.startsWith("{") && g.endsWith("}")) {
            g = g.substring(1, g.length() - 1);
        }
        return g.toUpperCase(java.util.Locale.ROOT);
    }
}
