package app.kasus.interchange.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import app.kasus.cases.CaseContent;
import app.kasus.cases.NoteInfo;
import app.kasus.cases.PassageInfo;
import app.kasus.cases.SectionInfo;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.StageDef;
import app.kasus.codebook.Texts;
import app.kasus.interchange.SafeXml;
import app.kasus.interchange.SafeZip;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The project and codebook written for a small case: valid against the REFI-QDA schemas, positions in code points. */
class QdpxWriterTest {

    static final SafeZip.Limits LIMITS = new SafeZip.Limits(100, 10_000_000, 100);

    /** Two passages; the second starts with an emoji (two UTF-16 units, one code point) before the coded word. */
    static final String FIRST = "The talks began in Hanoi.¹";
    static final String SECOND = "\uD83D\uDE00 Kim offered to close Yongbyon.";

    static CaseContent content() {
        return new CaseContent(7, "A small case", List.of(new SectionInfo(70, 0, "Introduction", 1, "en"),
                new SectionInfo(71, 1, "", 2, "en")),
                List.of(new PassageInfo(700, 7, 0, 70, "Introduction", "en", FIRST, List.of(1)),
                        new PassageInfo(701, 7, 1, 71, "", "en", SECOND, List.of())),
                List.of(new NoteInfo(1, "A note on the talks.")));
    }

    static Codebook codebook() {
        return new Codebook(7, List.of(
                new CodeDef("concession", CodeKind.CONCESSION, "#1b9e77", new Texts("Concession", "Konsesi"),
                        new Texts("Giving something up", "Memberi"), new Texts("", "")),
                new CodeDef("signal", CodeKind.SIGNAL, "#7570b3", new Texts("Signal", "Sinyal"),
                        new Texts("", ""), new Texts("", ""))),
                List.of(new ActorDef("US", new Texts("United States", "Amerika Serikat")),
                        new ActorDef("DPRK", new Texts("North Korea", "Korea Utara"))),
                List.of(new StageDef(1, new Texts("Unilateral accommodation", "Akomodasi"), new Texts("", "")),
                        new StageDef(2, new Texts("Reciprocal restraint", "Saling menahan"), new Texts("", ""))));
    }

    static AnnotationData annotation(long id, long passageId, String text, String quote, String code, String valence,
                                     String note, String author) {
        int start = text.indexOf(quote);
        Instant t = Instant.parse("2026-01-02T03:04:05Z");
        return new AnnotationData(id, 7, passageId, start, start + quote.length(), quote, code, "DPRK", "US", 2,
                valence, id == 2 ? LocalDate.of(2019, 2, 28) : null, note, null, author, 0, t, t, false, null);
    }

    static List<AnnotationData> coding() {
        return List.of(annotation(1, 700, FIRST, "talks began", "concession", null, "Hanoi, February 2019", "siti"),
                annotation(2, 701, SECOND, "Kim offered", "signal", "positive", null, "budi"));
    }

    @Test
    void theProjectIsValidAndCountsPositionsInCodePoints() throws Exception {
        byte[] qdpx = QdpxWriter.project(content(), codebook(), coding(), "budi");
        Map<String, byte[]> files = SafeZip.read(new ByteArrayInputStream(qdpx), LIMITS, "file");
        String sourcePath = "sources/" + QdaIds.source(7) + ".txt";
        assertThat(files).containsOnlyKeys("project.qde", sourcePath);
        validate(files.get("project.qde"), "/refiqda/Project-mrt2019.xsd");

        String text = new String(files.get(sourcePath), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("Introduction\n\n" + FIRST + "\n\n" + SECOND + "\n\n1 A note on the talks.");
        Document project = SafeXml.parse(files.get("project.qde"), "file", "project.qde");
        Element kim = selection(project, "Kim offered");
        int start = Integer.parseInt(kim.getAttribute("startPosition"));
        int end = Integer.parseInt(kim.getAttribute("endPosition"));
        int[] codePoints = text.codePoints().toArray();
        assertThat(new String(codePoints, start, end - start)).isEqualTo("Kim offered");
        // In UTF-16 units the selection would start one later: the emoji is two units.
        assertThat(text.indexOf("Kim offered")).isEqualTo(start + 1);
        assertThat(kim.getElementsByTagNameNS(QdaXml.PROJECT_NS, "Coding").getLength()).isEqualTo(5);
        assertThat(kim.getElementsByTagNameNS(QdaXml.PROJECT_NS, "Description").item(0).getTextContent())
                .isEqualTo("Event date: 2019-02-28");

        Element talks = selection(project, "talks began");
        assertThat(talks.getAttribute("creatingUser")).isEqualTo(QdaIds.user("siti"));
        Element noteRef = (Element) talks.getElementsByTagNameNS(QdaXml.PROJECT_NS, "NoteRef").item(0);
        Element note = (Element) project.getElementsByTagNameNS(QdaXml.PROJECT_NS, "Note").item(0);
        assertThat(noteRef.getAttribute("targetGUID")).isEqualTo(note.getAttribute("guid"));
        assertThat(note.getTextContent()).isEqualTo("Hanoi, February 2019");
        assertThat(project.getElementsByTagNameNS(QdaXml.PROJECT_NS, "User").getLength()).isEqualTo(2);
    }

    @Test
    void guidsStayTheSameFromOneExportToTheNext() {
        byte[] first = QdpxWriter.project(content(), codebook(), coding(), "budi");
        byte[] second = QdpxWriter.project(content(), codebook(), coding(), "budi");
        String a = withoutCreationTime(SafeZip.read(new ByteArrayInputStream(first), LIMITS, "file").get("project.qde"));
        String b = withoutCreationTime(SafeZip.read(new ByteArrayInputStream(second), LIMITS, "file").get("project.qde"));
        assertThat(a).isEqualTo(b);
        assertThat(QdaIds.user("siti")).isNotEqualTo(QdaIds.user("budi")).matches("[0-9A-F-]{36}");
    }

    @Test
    void theCodebookIsValidAndHoldsCodesAndFacets() throws Exception {
        byte[] qdc = QdpxWriter.codebook(codebook());
        validate(qdc, "/refiqda/Codebook-mrt2019.xsd");
        Document doc = SafeXml.parse(qdc, "file", "codebook.qdc");
        List<String> names = new java.util.ArrayList<>();
        var codes = doc.getElementsByTagNameNS(QdaXml.CODEBOOK_NS, "Code");
        for (int i = 0; i < codes.getLength(); i++) {
            names.add(((Element) codes.item(i)).getAttribute("name"));
        }
        assertThat(names).contains("Concession", "Signal", "Actor", "Actor: US", "Addressee: DPRK",
                "Stage 2: Reciprocal restraint", "Valence: negative");
        Element concession = (Element) codes.item(0);
        assertThat(concession.getAttribute("color")).isEqualTo("#1b9e77");
    }

    static void validate(byte[] xml, String xsd) throws Exception {
        var schema = SafeXml.schema(QdpxWriterTest.class.getResource(xsd));
        SafeXml.validator(schema).validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Element selection(Document project, String name) {
        var selections = project.getElementsByTagNameNS(QdaXml.PROJECT_NS, "PlainTextSelection");
        for (int i = 0; i < selections.getLength(); i++) {
            Element e = (Element) selections.item(i);
            if (e.getAttribute("name").equals(name)) {
                return e;
            }
        }
        throw new AssertionError("no selection " + name);
    }

    private static String withoutCreationTime(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8).replaceAll("creationDateTime=\"[^\"]*\"", "");
    }
}
