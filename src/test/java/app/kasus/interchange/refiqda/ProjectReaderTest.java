package app.kasus.interchange.refiqda;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.interchange.SafeZip;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading projects back: the ATLAS.ti sample's nested codes, and our own export's facets, notes and positions. */
class ProjectReaderTest {

    @Test
    void readsTheAtlasSamplesCodeTree() throws IOException {
        QdaProject project = read(sample("target-atlas-project.qdpx"));
        assertThat(project.name()).isEqualTo("target-atlas-project");
        assertThat(project.sources()).isEmpty();
        assertThat(project.users().values()).extracting(QdaProject.User::name).contains("Enric Llagostera");
        assertThat(project.codes().values()).extracting(QdaProject.Code::path)
                .containsExactly("Commits", "Commits / 2022-05-10T02:05:59Z 19e4dce", "Commits / 2022-02-11T10:39:25Z cdbfd92");
        assertThat(project.codes().values()).allMatch(c -> c.group() == null);
        assertThat(read(sample("blank-atlas-project.qdpx")).codes()).isEmpty();
    }

    @Test
    void readsOurOwnExportBack() {
        byte[] qdpx = QdpxWriter.project(QdpxWriterTest.content(), QdpxWriterTest.codebook(), QdpxWriterTest.coding(),
                "budi");
        QdaProject project = read(qdpx);
        assertThat(project.sources()).hasSize(1);
        QdaProject.Source source = project.sources().get(0);
        assertThat(source.language()).isEqualTo("en");
        QdaProject.Selection kim = source.selections().stream().filter(s -> "Kim offered".equals(s.name()))
                .findFirst().orElseThrow();
        int[] text = source.text().codePoints().toArray();
        assertThat(new String(text, kim.start(), kim.end() - kim.start())).isEqualTo("Kim offered");
        List<String> codes = kim.codings().stream().map(c -> project.code(c.codeGuid()).orElseThrow())
                .map(c -> c.group() + ":" + c.name()).toList();
        assertThat(codes).containsExactly("null:Signal", "Actor:Actor: DPRK", "Addressee:Addressee: US",
                "Stage:Stage 2: Reciprocal restraint", "Valence:Valence: positive");
        assertThat(EventDates.read(kim.description())).hasValue(java.time.LocalDate.of(2019, 2, 28));
        QdaProject.Selection talks = source.selections().stream().filter(s -> "talks began".equals(s.name()))
                .findFirst().orElseThrow();
        assertThat(project.notes().get(talks.noteGuids().get(0))).isEqualTo("Hanoi, February 2019");
        assertThat(project.users().get(talks.creatingUser()).name()).isEqualTo("siti");
        // The facet groups themselves are codes of no group, and not codable.
        assertThat(project.codes().values()).filteredOn(c -> c.name().equals("Actor"))
                .singleElement().matches(c -> !c.codable() && c.group() == null);
    }

    private static QdaProject read(byte[] qdpx) {
        return ProjectReader.read(SafeZip.read(new ByteArrayInputStream(qdpx), QdpxWriterTest.LIMITS, "file"));
    }

    private static byte[] sample(String name) throws IOException {
        try (InputStream in = ProjectReaderTest.class.getResourceAsStream("/refiqda/" + name)) {
            return in.readAllBytes();
        }
    }
}
