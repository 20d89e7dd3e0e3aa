package app.kasus.cases.document;

import java.util.List;
import java.util.Locale;

/** The formats a case can be imported from, with the file name endings that claim them. */
public enum DocumentType {
    TXT("plain text", List.of("txt", "text")),
    MARKDOWN("Markdown", List.of("md", "markdown")),
    HTML("HTML", List.of("html", "htm", "xhtml")),
    DOCX("Word document (DOCX)", List.of("docx")),
    PDF("PDF", List.of("pdf"));

    private final String label;
    private final List<String> extensions;

    DocumentType(String label, List<String> extensions) {
        this.label = label;
        this.extensions = extensions;
    }

    public String label() {
        return label;
    }

    public List<String> extensions() {
        return extensions;
    }

    /** Every accepted ending with its dot, for a file chooser. */
    public static List<String> acceptedEndings() {
        return java.util.Arrays.stream(values()).flatMap(t -> t.extensions.stream()).map(e -> "." + e).toList();
    }

    /** The type a file name claims by its ending, or null for no or an unknown ending. */
    static DocumentType claimedBy(String fileName) {
        if (fileName == null) {
            return null;
        }
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return null;
        }
        String ending = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentType type : values()) {
            if (type.extensions.contains(ending)) {
                return type;
            }
        }
        return null;
    }
}
