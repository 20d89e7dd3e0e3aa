package app.kasus.interchange.refiqda;

import app.kasus.base.InvalidInputException;
import app.kasus.interchange.SafeXml;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reads an unpacked {@code .qdpx} into a {@link QdaProject}: {@code project.qde} through {@link SafeXml}, the text
 * sources' texts from the archive ({@code internal://} paths, kept under {@code sources/}) or inline. It checks the
 * structure REFI-QDA prescribes and names what breaks it; sources Kasus cannot use (PDF, pictures, audio, video)
 * are listed as skipped.
 */
final class ProjectReader {

    static final String FIELD = "file";
    private static final String NS = QdaXml.PROJECT_NS;

    private final Map<String, byte[]> files;
    private final List<String> skipped = new ArrayList<>();

    private ProjectReader(Map<String, byte[]> files) {
        this.files = files;
    }

    static QdaProject read(Map<String, byte[]> files) {
        return new ProjectReader(files).read();
    }

    private QdaProject read() {
        byte[] qde = files.get(QdpxWriter.PROJECT_ENTRY);
        if (qde == null) {
            throw new InvalidInputException(FIELD, "the archive holds no project.qde: not a REFI-QDA project (.qdpx)");
        }
        Document doc = SafeXml.parse(qde, FIELD, QdpxWriter.PROJECT_ENTRY);
        Element root = doc.getDocumentElement();
        if (!"Project".equals(root.getLocalName()) || !NS.equals(root.getNamespaceURI())) {
            throw new InvalidInputException(FIELD, "project.qde: its root element is not a REFI-QDA Project (namespace "
                    + NS + ")");
        }
        Map<String, QdaProject.User> users = new LinkedHashMap<>();
        for (Element user : children(child(root, "Users"), "User")) {
            String guid = guid(user, "guid", "User");
            users.put(guid, new QdaProject.User(guid, optional(user, "name"), optional(user, "id")));
        }
        Map<String, QdaProject.Code> codes = new LinkedHashMap<>();
        Element codebook = child(root, "CodeBook");
        for (Element code : children(child(codebook, "Codes"), "Code")) {
            readCode(code, null, null, codes);
        }
        Map<String, String> languageVariables = new HashMap<>();
        for (Element variable : children(child(root, "Variables"), "Variable")) {
            if ("language".equalsIgnoreCase(optional(variable, "name"))) {
                languageVariables.put(guid(variable, "guid", "Variable"), "");
            }
        }
        Map<String, String> notes = new HashMap<>();
        for (Element note : children(child(root, "Notes"), "Note")) {
            String guid = guid(note, "guid", "Note");
            notes.put(guid, text(note, "note " + guid));
        }
        List<QdaProject.Source> sources = new ArrayList<>();
        Element sourcesElement = child(root, "Sources");
        if (sourcesElement != null) {
            for (Element source : children(sourcesElement, null)) {
                if (!"TextSource".equals(source.getLocalName())) {
                    skipped.add(source.getLocalName() + " \"" + optional(source, "name")
                            + "\": only text sources are imported");
                    continue;
                }
                sources.add(readSource(source, languageVariables.keySet()));
            }
        }
        return new QdaProject(optional(root, "name"), users, codes, sources, notes, List.copyOf(skipped));
    }

    private void readCode(Element code, String group, String parentPath, Map<String, QdaProject.Code> codes) {
        String guid = guid(code, "guid", "Code");
        String name = required(code, "name", "Code " + guid).strip();
        String path = parentPath == null ? name : parentPath + " / " + name;
        boolean codable = !"false".equals(code.getAttribute("isCodable").strip())
                && !"0".equals(code.getAttribute("isCodable").strip());
        String facet = group != null && Facets.member(name).filter(m -> m.group().equals(group)).isPresent()
                ? group : null;
        if (codes.containsKey(guid)) {
            throw new InvalidInputException(FIELD, "project.qde: two codes have the GUID " + guid);
        }
        Element description = child(code, "Description");
        codes.put(guid, new QdaProject.Code(guid, name, optional(code, "color"),
                description == null ? null : description.getTextContent(), codable, facet, path));
        String childGroup = Facets.isGroup(name) ? canonicalGroup(name) : null;
        for (Element child : children(code, "Code")) {
            readCode(child, childGroup, path, codes);
        }
    }

    private QdaProject.Source readSource(Element source, java.util.Set<String> languageVariables) {
        String guid = guid(source, "guid", "TextSource");
        String name = optional(source, "name");
        String label = "source \"" + (name == null ? guid : name) + "\"";
        String text = text(source, label);
        String language = null;
        for (Element value : children(source, "VariableValue")) {
            Element ref = child(value, "VariableRef");
            Element textValue = child(value, "TextValue");
            if (ref != null && textValue != null
                    && languageVariables.contains(QdaProject.normalizeGuid(ref.getAttribute("targetGUID")))) {
                language = textValue.getTextContent().strip();
            }
        }
        List<QdaProject.Selection> selections = new ArrayList<>();
        for (Element selection : children(source, "PlainTextSelection")) {
            String selectionGuid = guid(selection, "guid", "PlainTextSelection");
            String where = "selection " + selectionGuid;
            int start = integer(selection, "startPosition", where);
            int end = integer(selection, "endPosition", where);
            List<QdaProject.Coding> codings = new ArrayList<>();
            for (Element coding : children(selection, "Coding")) {
                Element codeRef = child(coding, "CodeRef");
                if (codeRef == null) {
                    throw new InvalidInputException(FIELD, "project.qde: a coding of " + where + " has no CodeRef");
                }
                codings.add(new QdaProject.Coding(optional(coding, "guid"), guid(codeRef, "targetGUID", "CodeRef"),
                        guidOrNull(coding, "creatingUser"), noteRefs(coding)));
            }
            Element description = child(selection, "Description");
            selections.add(new QdaProject.Selection(selectionGuid, optional(selection, "name"), start, end,
                    guidOrNull(selection, "creatingUser"), description == null ? null : description.getTextContent(),
                    codings, noteRefs(selection)));
        }
        if (!children(source, "Coding").isEmpty()) {
            skipped.add(label + ": codings of the whole source (not of a selection) are not imported");
        }
        return new QdaProject.Source(guid, name, text, language, selections);
    }

    /** A text source's or note's text: inline, or a file of the archive named by an internal:// path. */
    private String text(Element source, String label) {
        Element inline = child(source, "PlainTextContent");
        String path = optional(source, "plainTextPath");
        if (inline != null) {
            return inline.getTextContent();
        }
        if (path == null) {
            return "";
        }
        if (!path.startsWith("internal://")) {
            throw new InvalidInputException(FIELD, label + ": its text lies outside the project (" + path
                    + "); export the project with its sources included");
        }
        String file = path.substring("internal://".length());
        byte[] bytes = files.get("sources/" + file);
        if (bytes == null) {
            bytes = files.get(file);
        }
        if (bytes == null) {
            throw new InvalidInputException(FIELD, label + ": its text sources/" + file + " is not in the archive");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(FIELD, label + ": its text is not UTF-8, as REFI-QDA requires");
        }
    }

    private static List<String> noteRefs(Element element) {
        List<String> refs = new ArrayList<>();
        for (Element ref : children(element, "NoteRef")) {
            refs.add(guid(ref, "targetGUID", "NoteRef"));
        }
        return refs;
    }

    private static String canonicalGroup(String name) {
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "actor" -> Facets.ACTOR;
            case "addressee" -> Facets.ADDRESSEE;
            case "stage" -> Facets.STAGE;
            default -> Facets.VALENCE;
        };
    }

    private static int integer(Element element, String attribute, String where) {
        String value = required(element, attribute, where).strip();
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FIELD, "project.qde: " + where + " has " + attribute + " \"" + value
                    + "\", not a whole number");
        }
    }

    private static String guid(Element element, String attribute, String what) {
        return QdaProject.normalizeGuid(required(element, attribute, what));
    }

    private static String guidOrNull(Element element, String attribute) {
        return QdaProject.normalizeGuid(optional(element, attribute));
    }

    private static String required(Element element, String attribute, String what) {
        String value = optional(element, attribute);
        if (value == null) {
            throw new InvalidInputException(FIELD, "project.qde: a " + what + " lacks its " + attribute);
        }
        return value;
    }

    private static String optional(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value.isBlank() ? null : value;
    }

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    /** The element children in the project namespace, all of them when {@code name} is null. */
    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && NS.equals(e.getNamespaceURI()) && (name == null || name.equals(e.getLocalName()))) {
                found.add(e);
            }
        }
        return found;
    }
}
