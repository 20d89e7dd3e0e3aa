package app.kasus.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.base.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class SafeZipTest {

    private static final SafeZip.Limits LIMITS = new SafeZip.Limits(10, 1_000_000, 100);

    @Test
    void readsFilesByNormalizedPathAndSkipsFolders() throws IOException {
        byte[] zip = zip(Map.of("project.qde", "<Project/>".getBytes(StandardCharsets.UTF_8)), "sources/",
                "./sources/a.txt");
        Map<String, byte[]> files = SafeZip.read(new ByteArrayInputStream(zip), LIMITS, "file");
        assertThat(files).containsOnlyKeys("project.qde", "sources/a.txt");
        assertThat(new String(files.get("project.qde"), StandardCharsets.UTF_8)).isEqualTo("<Project/>");
    }

    @Test
    void refusesZipSlipPaths() throws IOException {
        for (String name : new String[]{"../evil.txt", "sources/../../evil.txt", "/etc/passwd", "C:/evil.txt",
                "sources\\..\\evil.txt"}) {
            byte[] zip = zip(Map.of(name, new byte[]{1}));
            assertThatThrownBy(() -> SafeZip.read(new ByteArrayInputStream(zip), LIMITS, "file"))
                    .as(name).isInstanceOf(InvalidInputException.class).hasMessageContaining("zip slip");
        }
    }

    @Test
    void refusesAZipBombByItsCompressionRatio() throws IOException {
        byte[] zeros = new byte[5_000_000];
        byte[] zip = zip(Map.of("bomb.txt", zeros));
        assertThat(zip.length).isLessThan(20_000);
        SafeZip.Limits roomy = new SafeZip.Limits(10, 100_000_000, 100);
        assertThatThrownBy(() -> SafeZip.read(new ByteArrayInputStream(zip), roomy, "file"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("zip bomb");
    }

    @Test
    void refusesMoreUncompressedBytesThanAllowed() throws IOException {
        byte[] random = new byte[600_000];
        new java.util.Random(1).nextBytes(random);
        byte[] zip = zip(Map.of("a.bin", random, "b.bin", random.clone()));
        assertThatThrownBy(() -> SafeZip.read(new ByteArrayInputStream(zip), LIMITS, "file"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 1000000 bytes");
    }

    @Test
    void refusesTooManyEntries() throws IOException {
        String[] names = new String[11];
        Arrays.setAll(names, i -> "f" + i + ".txt");
        byte[] zip = zip(Map.of(), names);
        assertThatThrownBy(() -> SafeZip.read(new ByteArrayInputStream(zip), LIMITS, "file"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than 10 entries");
    }

    @Test
    void refusesTruncatedArchivesAndGarbage() throws IOException {
        byte[] text = new byte[50_000];
        new java.util.Random(2).nextBytes(text);
        byte[] zip = zip(Map.of("project.qde", text));
        byte[] truncated = Arrays.copyOf(zip, zip.length / 2);
        assertThatThrownBy(() -> SafeZip.read(new ByteArrayInputStream(truncated), LIMITS, "file"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("truncated");
        byte[] garbage = new byte[4096];
        new java.util.Random(3).nextBytes(garbage);
        assertThatThrownBy(() -> SafeZip.read(new ByteArrayInputStream(garbage), LIMITS, "file"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not a zip archive");
    }

    @Test
    void refusesTheSameNameTwice() throws IOException {
        byte[] zip = zip(Map.of("a.txt", new byte[]{1}), "./a.txt");
        assertThatThrownBy(() -> SafeZip.read(new ByteArrayInputStream(zip), LIMITS, "file"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
    }

    /** The files, then empty entries under {@code moreNames} (a name ending in "/" is a folder). */
    static byte[] zip(Map<String, byte[]> files, String... moreNames) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
            for (String name : moreNames) {
                zip.putNextEntry(new ZipEntry(name));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
