package app.kasus.cases.document;

import app.kasus.cases.StructuredText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Plain text: read by layout, as the bundled case is (blank lines between paragraphs, headings on their own). */
final class TextFileReader implements DocumentReader {

    @Override
    public ReadDocument read(Path file, ImportLimits limits) throws IOException {
        return new ReadDocument(StructuredText.plain(TextDecoding.decode(Files.readAllBytes(file))), null);
    }
}
