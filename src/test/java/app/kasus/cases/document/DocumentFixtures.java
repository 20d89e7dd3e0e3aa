package app.kasus.cases.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/** Small documents made in the test, so every fixture says what it holds. */
public final class DocumentFixtures {

    public static final String DOCX_TITLE = "Negosiasi Nuklir di Hanoi";
    public static final String DOCX_FIRST_PASSAGE = "Artikel ini menjelaskan mengapa perundingan antara Amerika"
            + " Serikat dan Korea Utara gagal di Hanoi pada tahun 2019.";
    public static final String DOCX_NOTE = "Huang, C. 2019. Global concerns about the summit.";

    private static final List<String> TOPICS = List.of("sanksi ekonomi", "uji coba rudal", "tawanan perang",
            "fasilitas Yongbyon", "latihan militer gabungan", "bantuan kemanusiaan", "sejarah perundingan");

    private DocumentFixtures() {
    }

    /** A Word document: a title, two Heading 1 sections, a Heading 2 sub-section, a footnote, and a table. */
    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styled(doc, "Title", DOCX_TITLE);
            styled(doc, "Heading1", "Pendahuluan");
            XWPFParagraph first = doc.createParagraph();
            first.createRun().setText(DOCX_FIRST_PASSAGE);
            XWPFFootnote note = doc.createFootnote();
            note.createParagraph().createRun().setText(DOCX_NOTE);
            first.addFootnoteReference(note);
            first.createRun().setText(" Kedua negara tidak saling percaya.");
            doc.createParagraph().createRun().setText("Paragraf kedua membahas sanksi ekonomi yang dijatuhkan"
                    + " kepada Korea Utara oleh Dewan Keamanan.");
            styled(doc, "Heading2", "Latar Sejarah");
            doc.createParagraph().createRun().setText("Sejak tahun 1994 kedua negara telah beberapa kali berunding"
                    + " tentang program nuklir tanpa hasil yang bertahan lama.");
            styled(doc, "Heading1", "Kesimpulan");
            doc.createTable(1, 1).getRow(0).getCell(0).setText("Tabel ini merangkum hasil perundingan di Hanoi.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void styled(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    /**
     * A PDF of {@code pages} pages, each with a running head, a page number at the foot, and two paragraphs of
     * body text whose lines are hard-wrapped (one word split with a hyphen).
     */
    public static byte[] pdf(int pages) {
        return pdf(pages, null);
    }

    public static byte[] encryptedPdf() {
        return pdf(1, "secret");
    }

    /** A "scan": a page with a drawn rectangle and no text. */
    public static byte[] pdfWithoutText() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.addRect(50, 50, 400, 600);
                content.fill();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] pdf(int pages, String password) {
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (int n = 1; n <= pages; n++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.setFont(font, 11);
                    content.beginText();
                    content.setLeading(14);
                    content.newLineAtOffset(72, 740);
                    content.showText("Jurnal Hubungan Internasional Vol. 9 No. 2");
                    content.newLineAtOffset(0, -42);
                    String topic = TOPICS.get((n - 1) % TOPICS.size());
                    List<String> body = Arrays.asList(
                            "Halaman " + n + " membahas " + topic + " dalam perundingan nuklir antara",
                            "Amerika Serikat dan Korea Utara tentang " + topic + " yang gagal karena tidak saling per-",
                            "caya dalam hal " + topic + " sejak awal pertemuan.");
                    for (String line : body) {
                        content.showText(line);
                        content.newLine();
                    }
                    content.newLineAtOffset(0, -42);
                    content.showText("Paragraf kedua halaman " + n + " menjelaskan " + topic + " lebih lanjut.");
                    content.newLineAtOffset(0, -554);
                    content.showText(Integer.toString(100 + n));
                    content.endText();
                }
            }
            if (password != null) {
                doc.protect(new StandardProtectionPolicy(password, password, new AccessPermission()));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A "Word document" whose document part unpacks to {@code megabytes} of blanks from a few kilobytes: far more
     * compressed than real text ever is.
     */
    public static byte[] zipBombDocx(int megabytes) {
        try (java.util.zip.ZipInputStream real = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx()));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
            for (var entry = real.getNextEntry(); entry != null; entry = real.getNextEntry()) {
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(real.readAllBytes());
                if (entry.getName().equals("word/document.xml")) {
                    // White space after the root element is still well-formed XML.
                    byte[] blanks = new byte[1024 * 1024];
                    Arrays.fill(blanks, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(blanks);
                    }
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
