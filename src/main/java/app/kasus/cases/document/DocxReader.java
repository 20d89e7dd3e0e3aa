package app.kasus.cases.document;

import app.kasus.cases.StructuredText;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractFootnoteEndnote;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;

/**
 * Word documents (Apache POI): paragraphs in a Heading 1–6 style open sections, the Title style names the case,
 * other paragraphs (also in tables) become passages, and footnotes and endnotes become numbered notes with their
 * markers in the text. POI's zip-bomb guards are set from the import limits before the file is opened.
 */
final class DocxReader implements DocumentReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final QName ID = new QName(W, "id");
    private static final Pattern HEADING_STYLE = Pattern.compile("^heading\\s*([1-6])$");

    @Override
    public ReadDocument read(Path file, ImportLimits limits) throws IOException {
        guard(limits);
        OPCPackage pkg;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw damaged(e);
        }
        try (XWPFDocument doc = new XWPFDocument(pkg)) {
            return new Walk(doc).read();
        } catch (IOException | RuntimeException e) {
            if (e instanceof app.kasus.base.InvalidInputException invalid) {
                throw invalid;
            }
            throw damaged(e);
        } finally {
            pkg.revert();
        }
    }

    /** POI's guards are process-wide; every import sets them from the same configured limits. */
    private static void guard(ImportLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUncompressedBytes().toBytes());
    }

    private static app.kasus.base.InvalidInputException damaged(Exception e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null && messages.length() < 10_000; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        String message = messages.toString().toLowerCase(Locale.ROOT);
        if (message.contains("zip bomb") || message.contains("max entry size") || message.contains("inflate ratio")) {
            return Rejection.of("The Word document unpacks to far more than it is large (a possible zip bomb)"
                    + " and is refused.");
        }
        return Rejection.of("The Word document is damaged or incomplete and cannot be read.");
    }

    private static final class Walk {

        private final XWPFDocument doc;
        private final StructuredText out = new StructuredText();
        private String title;

        Walk(XWPFDocument doc) {
            this.doc = doc;
        }

        ReadDocument read() {
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph paragraph) {
                    paragraph(paragraph);
                } else if (element instanceof XWPFTable table) {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            cell.getParagraphs().forEach(p -> out.paragraph(text(p, true)));
                        }
                    }
                }
            }
            String declared = doc.getProperties().getCoreProperties().getTitle();
            return new ReadDocument(out.build(), declared != null && !declared.isBlank() ? declared : title);
        }

        private void paragraph(XWPFParagraph paragraph) {
            String style = styleName(paragraph);
            if ("title".equals(style)) {
                if (title == null) {
                    title = text(paragraph, false);
                }
                return;
            }
            Matcher heading = HEADING_STYLE.matcher(style);
            if (heading.matches()) {
                out.heading(Integer.parseInt(heading.group(1)), text(paragraph, false));
            } else {
                out.paragraph(text(paragraph, true));
            }
        }

        /** The style's name ("heading 1"), or its id when the document declares no styles part. */
        private String styleName(XWPFParagraph paragraph) {
            String id = paragraph.getStyleID();
            if (id == null) {
                return "";
            }
            XWPFStyle style = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            String name = style != null && style.getName() != null ? style.getName() : id;
            return name.toLowerCase(Locale.ROOT).replaceAll("(heading)(\\d)", "$1 $2");
        }

        /** The paragraph's text; with {@code notes}, its footnote and endnote references become note markers. */
        private String text(XWPFParagraph paragraph, boolean notes) {
            StringBuilder text = new StringBuilder();
            for (XWPFRun run : paragraph.getRuns()) {
                try (XmlCursor c = run.getCTR().newCursor()) {
                    if (!c.toFirstChild()) {
                        continue;
                    }
                    do {
                        switch (c.getName().getLocalPart()) {
                            case "t" -> text.append(c.getTextValue());
                            case "tab", "ptab", "br", "cr" -> text.append(' ');
                            case "noBreakHyphen" -> text.append('-');
                            case "footnoteReference" -> {
                                if (notes) {
                                    text.append(note(doc.getFootnoteByID(id(c))));
                                }
                            }
                            case "endnoteReference" -> {
                                if (notes) {
                                    text.append(note(doc.getEndnoteByID(id(c))));
                                }
                            }
                            default -> {
                                // formatting, field codes, drawings: no text of the paragraph
                            }
                        }
                    } while (c.toNextSibling());
                }
            }
            return text.toString();
        }

        private String note(XWPFAbstractFootnoteEndnote note) {
            if (note == null) {
                return "";
            }
            List<String> paragraphs = note.getParagraphs().stream().map(p -> text(p, false)).toList();
            return out.noteMarker(String.join(" ", paragraphs));
        }

        private static int id(XmlCursor c) {
            try {
                return Integer.parseInt(c.getAttributeText(ID));
            } catch (NumberFormatException e) {
                return Integer.MIN_VALUE;
            }
        }
    }
}
