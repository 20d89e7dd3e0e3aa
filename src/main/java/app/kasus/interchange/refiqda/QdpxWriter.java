package app.kasus.interchange.refiqda;

import app.kasus.annotation.AnnotationData;
import app.kasus.cases.CaseContent;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.StageDef;
import app.kasus.codebook.Valence;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes REFI-QDA documents from what the services read: the project ({@code project.qde} plus the case text as
 * {@code sources/<guid>.txt}, zipped) and the codebook. Every code, facet, source, selection and coding gets a
 * {@link QdaIds} GUID; positions are code points into {@link SourceText}.
 */
final class QdpxWriter {

    static final String PROJECT_ENTRY = "project.qde";
    static final String LANGUAGE_VARIABLE = "Language";

    private QdpxWriter() {
    }

    static byte[] project(CaseContent content, Codebook codebook, List<AnnotationData> coding, String exporter) {
        SourceText source = SourceText.of(content);
        String sourceGuid = QdaIds.source(content.id());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(PROJECT_ENTRY));
            writeProject(zip, content, codebook, coding, source, sourceGuid, exporter);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("sources/" + sourceGuid + ".txt"));
            zip.write(source.text().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] codebook(Codebook codebook) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (QdaXml xml = new QdaXml(bytes, QdaXml.CODEBOOK_NS)) {
            xml.root("CodeBook").attr("origin", QdaXml.ORIGIN);
            writeCodes(xml, codebook);
            xml.end();
        }
        return bytes.toByteArray();
    }

    private static void writeProject(OutputStream out, CaseContent content, Codebook codebook,
                                     List<AnnotationData> coding, SourceText source, String sourceGuid, String me) {
        Map<Long, PassageInfo> passages = content.passages().stream()
                .collect(Collectors.toMap(PassageInfo::id, Function.identity()));
        Set<String> users = new LinkedHashSet<>();
        users.add(me);
        coding.forEach(a -> users.add(a.author()));
        long caseId = content.id();
        QdaXml xml = new QdaXml(out, QdaXml.PROJECT_NS);
        xml.root("Project").attr("name", content.title()).attr("origin", QdaXml.ORIGIN)
                .attr("creatingUserGUID", QdaIds.user(me)).attr("creationDateTime", Instant.now());
        xml.start("Users");
        users.forEach(u -> xml.empty("User").attr("guid", QdaIds.user(u)).attr("name", u).attr("id", u));
        xml.end();
        xml.start("CodeBook");
        writeCodes(xml, codebook);
        xml.end();
        xml.start("Variables").start("Variable").attr("guid", QdaIds.language()).attr("name", LANGUAGE_VARIABLE)
                .attr("typeOfVariable", "Text")
                .text("Description", "The language of the case's body text (BCP-47)").end().end();
        xml.start("Sources").start("TextSource").attr("guid", sourceGuid).attr("name", content.title())
                .attr("plainTextPath", "internal://" + sourceGuid + ".txt");
        for (AnnotationData a : coding) {
            writeSelection(xml, caseId, a, passages.get(a.passageId()), source);
        }
        xml.start("VariableValue").empty("VariableRef").attr("targetGUID", QdaIds.language())
                .text("TextValue", bodyLanguage(content)).end();
        xml.end().end();
        if (coding.stream().anyMatch(a -> a.note() != null)) {
            xml.start("Notes");
            for (AnnotationData a : coding) {
                if (a.note() != null) {
                    xml.start("Note").attr("guid", QdaIds.note(a.id())).attr("name", "Note on \"" + shorten(a.quote()) + "\"")
                            .attr("creatingUser", QdaIds.user(a.author())).attr("creationDateTime", a.created())
                            .attr("modifiedDateTime", a.modified())
                            .text("PlainTextContent", a.note()).end();
                }
            }
            xml.end();
        }
        xml.end();
        xml.close();
    }

    private static void writeSelection(QdaXml xml, long caseId, AnnotationData a, PassageInfo passage,
                                       SourceText source) {
        String author = QdaIds.user(a.author());
        xml.start("PlainTextSelection").attr("guid", QdaIds.selection(a.id())).attr("name", a.quote())
                .attr("startPosition", source.codePoint(passage, a.start()))
                .attr("endPosition", source.codePoint(passage, a.end()))
                .attr("creatingUser", author).attr("creationDateTime", a.created())
                .attr("modifyingUser", author).attr("modifiedDateTime", a.modified());
        if (a.eventDate() != null) {
            xml.text("Description", EventDates.describe(a.eventDate()));
        }
        coding(xml, a, "code", QdaIds.code(caseId, a.code()));
        coding(xml, a, "actor", QdaIds.facet(caseId, Facets.ACTOR + "/" + a.actor()));
        coding(xml, a, "addressee", QdaIds.facet(caseId, Facets.ADDRESSEE + "/" + a.addressee()));
        coding(xml, a, "stage", QdaIds.facet(caseId, Facets.STAGE + "/" + a.stage()));
        if (a.valence() != null) {
            coding(xml, a, "valence", QdaIds.facet(caseId, Facets.VALENCE + "/" + a.valence()));
        }
        if (a.note() != null) {
            xml.empty("NoteRef").attr("targetGUID", QdaIds.note(a.id()));
        }
        xml.end();
    }

    private static void coding(QdaXml xml, AnnotationData a, String facet, String codeGuid) {
        xml.start("Coding").attr("guid", QdaIds.coding(a.id(), facet)).attr("creatingUser", QdaIds.user(a.author()))
                .attr("creationDateTime", a.created())
                .empty("CodeRef").attr("targetGUID", codeGuid).end();
    }

    /** Codes, then the facet groups; the same elements serve the project's and the codebook's schema. */
    private static void writeCodes(QdaXml xml, Codebook codebook) {
        long caseId = codebook.caseId();
        xml.start("Codes");
        for (CodeDef code : codebook.codes()) {
            xml.start("Code").attr("guid", QdaIds.code(caseId, code.key())).attr("name", code.name().en())
                    .attr("isCodable", true).attr("color", code.color());
            if (!code.definition().en().isEmpty()) {
                xml.text("Description", code.definition().en());
            }
            xml.end();
        }
        for (String group : List.of(Facets.ACTOR, Facets.ADDRESSEE)) {
            group(xml, caseId, group, group.equals(Facets.ACTOR) ? "Who acts (Kasus's actor)"
                    : "Whom the act addresses (Kasus's addressee)");
            for (ActorDef actor : codebook.actors()) {
                member(xml, QdaIds.facet(caseId, group + "/" + actor.key()), Facets.memberName(group, actor.key()),
                        actor.name().en());
            }
            xml.end();
        }
        group(xml, caseId, Facets.STAGE, "Kupchan's stage of the rapprochement");
        for (StageDef stage : codebook.stages()) {
            member(xml, QdaIds.facet(caseId, Facets.STAGE + "/" + stage.number()),
                    Facets.stageName(stage.number(), stage.name().en()), stage.definition().en());
        }
        xml.end();
        group(xml, caseId, Facets.VALENCE, "Whether a signal conveys good or ill intent");
        for (Valence valence : Valence.values()) {
            member(xml, QdaIds.facet(caseId, Facets.VALENCE + "/" + valence.id()),
                    Facets.memberName(Facets.VALENCE, valence.id()), null);
        }
        xml.end();
        xml.end();
    }

    private static void group(QdaXml xml, long caseId, String name, String description) {
        xml.start("Code").attr("guid", QdaIds.facet(caseId, name)).attr("name", name).attr("isCodable", false)
                .text("Description", description);
    }

    private static void member(QdaXml xml, String guid, String name, String description) {
        xml.start("Code").attr("guid", guid).attr("name", name).attr("isCodable", true);
        if (description != null && !description.isBlank()) {
            xml.text("Description", description);
        }
        xml.end();
    }

    private static String bodyLanguage(CaseContent content) {
        // The language most passages are in: an abstract in another language does not make the body's.
        return content.passages().stream().collect(Collectors.groupingBy(PassageInfo::language, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("und");
    }

    private static String shorten(String quote) {
        return quote.length() <= 60 ? quote : quote.substring(0, 60) + "…";
    }
}
