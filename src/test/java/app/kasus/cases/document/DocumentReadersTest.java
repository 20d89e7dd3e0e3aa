package app.kasus.cases.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.base.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

class DocumentReadersTest {

    private static final ImportLimits LIMITS = new ImportLimits(DataSize.ofMegabytes(20), 5, 3000,
            DataSize.ofMegabytes(100), 100);

    @TempDir
    Path dir;

    private Path file(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private static List<String> lines(ReadDocument document) {
        return Arrays.stream(document.text().split("\n")).filter(l -> !l.isBlank()).toList();
    }

    @Test
    void docxHeadingsFootnotesAndTitleAreKept() throws IOException {
        Path docx = file("artikel.docx", DocumentFixtures.docx());
        assertThat(DocumentSniffer.detect(docx, "artikel.docx")).isEqualTo(DocumentType.DOCX);

        ReadDocument read = new DocxReader().read(docx, LIMITS);

        assertThat(read.title()).isEqualTo(DocumentFixtures.DOCX_TITLE);
        List<String> lines = lines(read);
        assertThat(lines.get(0)).isEqualTo("\uE0001Pendahuluan");
        assertThat(lines.get(1)).isEqualTo("\uE001" + DocumentFixtures.DOCX_FIRST_PASSAGE
                + "\uE0031\uE004 Kedua negara tidak saling percaya.");
        assertThat(lines).contains("\uE0002Latar Sejarah", "\uE0001Kesimpulan",
                "\uE001Tabel ini merangkum hasil perundingan di Hanoi.",
                "\uE0021 " + DocumentFixtures.DOCX_NOTE);
    }

    @Test
    void markdownHeadingsAndParagraphs() throws IOException {
        Path md = file("catatan.md", DocumentFixtures.utf8("""
                # Judul Dokumen

                ## Pendahuluan

                Kalimat *pertama* dengan [tautan](https://example.org) yang
                berlanjut di baris kedua.

                - butir daftar satu

                ## Metode
                Paragraf metode.
                """));
        assertThat(DocumentSniffer.detect(md, "catatan.md")).isEqualTo(DocumentType.MARKDOWN);

        ReadDocument read = new MarkdownReader().read(md, LIMITS);

        assertThat(read.title()).isEqualTo("Judul Dokumen");
        assertThat(lines(read)).containsExactly("\uE0001Pendahuluan",
                "\uE001Kalimat pertama dengan tautan yang berlanjut di baris kedua.",
                "\uE001butir daftar satu", "\uE0001Metode", "\uE001Paragraf metode.");
    }

    @Test
    void htmlDropsScriptsStylesAndFurniture() throws IOException {
        Path html = file("page.html", DocumentFixtures.utf8("""
                <!DOCTYPE html><html><head><title>Kasus Hanoi</title><style>p{color:red}</style></head>
                <body><nav><a href="/">Beranda</a></nav><script>alert('x')</script>
                <h2>Pendahuluan</h2><p>Paragraf <b>pertama</b>.</p>
                <ul><li>Butir satu</li><li><p>Butir dua</p></li></ul>
                <h3>Rincian</h3><p>Paragraf kedua.</p></body></html>
                """));
        assertThat(DocumentSniffer.detect(html, "page.html")).isEqualTo(DocumentType.HTML);

        ReadDocument read = new HtmlReader().read(html, LIMITS);

        assertThat(read.title()).isEqualTo("Kasus Hanoi");
        assertThat(read.text()).doesNotContain("alert", "color", "Beranda");
        assertThat(lines(read)).containsExactly("\uE0001Pendahuluan", "\uE001Paragraf pertama.", "\uE001Butir satu",
                "\uE001Butir dua", "\uE0002Rincian", "\uE001Paragraf kedua.");
    }

    @Test
    void htmlWithoutParagraphElementsIsReadByLayout() throws IOException {
        Path html = file("bare.html", DocumentFixtures.utf8("<html><body><div>Pendahuluan</div>"
                + "<div>Kalimat pertama.<br>Kalimat kedua.</div><div>Paragraf lain.</div></body></html>"));

        String text = new HtmlReader().read(html, LIMITS).text();

        assertThat(text).doesNotContain("\uE001").contains("Pendahuluan\n\n").contains("Kalimat pertama.\nKalimat kedua.");
    }

    @Test
    void pdfLosesItsRunningHeadAndPageNumbers() throws IOException {
        Path pdf = file("artikel.pdf", DocumentFixtures.pdf(4));
        assertThat(DocumentSniffer.detect(pdf, "artikel.pdf")).isEqualTo(DocumentType.PDF);

        ReadDocument read = new PdfReader().read(pdf, LIMITS);

        assertThat(read.text()).doesNotContain("Jurnal Hubungan", "101", "104")
                .contains("Halaman 1 membahas", "Paragraf kedua halaman 4");
    }

    @Test
    void pdfOverThePageLimitIsRefused() throws IOException {
        Path pdf = file("long.pdf", DocumentFixtures.pdf(6));
        assertThatThrownBy(() -> new PdfReader().read(pdf, LIMITS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("6 pages").hasMessageContaining("5");
    }

    @Test
    void encryptedPdfIsRefused() throws IOException {
        Path pdf = file("locked.pdf", DocumentFixtures.encryptedPdf());
        assertThatThrownBy(() -> new PdfReader().read(pdf, LIMITS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("encrypted");
    }

    @Test
    void pdfWithoutTextIsRefused() throws IOException {
        Path pdf = file("scan.pdf", DocumentFixtures.pdfWithoutText());
        assertThatThrownBy(() -> new PdfReader().read(pdf, LIMITS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("no text layer");
    }

    @Test
    void truncatedPdfIsRefused() throws IOException {
        byte[] whole = DocumentFixtures.pdf(1);
        Path pdf = file("cut.pdf", Arrays.copyOf(whole, 200));
        assertThatThrownBy(() -> new PdfReader().read(pdf, LIMITS)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void truncatedDocxIsRefusedAsDamaged() throws IOException {
        byte[] whole = DocumentFixtures.docx();
        Path docx = file("cut.docx", Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> {
            DocumentSniffer.detect(docx, "cut.docx");
            new DocxReader().read(docx, LIMITS);
        }).isInstanceOf(InvalidInputException.class).hasMessageContaining("damaged");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsUnpacked() throws IOException {
        byte[] bomb = DocumentFixtures.zipBombDocx(20);
        assertThat(bomb.length).isLessThan(200 * 1024);
        Path docx = file("bomb.docx", bomb);
        assertThat(DocumentSniffer.detect(docx, "bomb.docx")).isEqualTo(DocumentType.DOCX);
        assertThatThrownBy(() -> new DocxReader().read(docx, LIMITS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void anHtmlDocumentNamedAsTextIsRefused() throws IOException {
        Path html = file("page.txt", DocumentFixtures.utf8("<!DOCTYPE html><html><body><p>Teks.</p></body></html>"));
        assertThatThrownBy(() -> DocumentSniffer.detect(html, "page.txt"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holds an HTML");
        Path mentions = file("pdf.txt", DocumentFixtures.utf8("A PDF file starts with %PDF-1.7 and a binary line."));
        assertThat(DocumentSniffer.detect(mentions, "pdf.txt")).isEqualTo(DocumentType.TXT);
        Path text = file("page.html", DocumentFixtures.utf8("Hanya teks biasa tanpa tanda apa pun."));
        assertThatThrownBy(() -> DocumentSniffer.detect(text, "page.html"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holds plain text");
    }

    @Test
    void aNameThatClaimsAnotherTypeIsRefused() throws IOException {
        Path docx = file("artikel.pdf", DocumentFixtures.docx());
        assertThatThrownBy(() -> DocumentSniffer.detect(docx, "artikel.pdf"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(".pdf").hasMessageContaining("Word document");
        Path pdf = file("artikel.txt", DocumentFixtures.pdf(1));
        assertThatThrownBy(() -> DocumentSniffer.detect(pdf, "artikel.txt"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("holds a PDF");
    }

    @Test
    void emptyGarbageOldWordAndUnknownEndingsAreRefused() throws IOException {
        assertThatThrownBy(() -> DocumentSniffer.detect(file("empty.txt", new byte[0]), "empty.txt"))
                .hasMessageContaining("empty");
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        garbage[10] = 0;
        assertThatThrownBy(() -> DocumentSniffer.detect(file("x.bin", garbage), null))
                .hasMessageContaining("binary");
        byte[] ole = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> DocumentSniffer.detect(file("old.docx", ole), "old.docx"))
                .hasMessageContaining("password-protected Word document");
        assertThatThrownBy(() -> DocumentSniffer.detect(file("a.exe", DocumentFixtures.utf8("MZ")), "a.exe"))
                .hasMessageContaining(".exe");
    }

    @Test
    void textMustBeUtf8UnlessAByteOrderMarkSaysUtf16() throws IOException {
        Path latin1 = file("latin1.txt", "Pendahuluan\n\nKalimat dengan é.".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> new TextFileReader().read(latin1, LIMITS))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8").hasMessageContaining("position");

        byte[] utf16 = "\uFEFFKalimat dengan é.".getBytes(StandardCharsets.UTF_16LE);
        Path withMark = file("utf16.txt", utf16);
        assertThat(DocumentSniffer.detect(withMark, "utf16.txt")).isEqualTo(DocumentType.TXT);
        assertThat(new TextFileReader().read(withMark, LIMITS).text()).isEqualTo("Kalimat dengan é.");
    }
}
