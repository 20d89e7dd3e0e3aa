package app.kasus.cases.document;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one format. Problems the uploader can fix are {@code InvalidInputException}s naming them. */
interface DocumentReader {

    ReadDocument read(Path file, ImportLimits limits) throws IOException;
}
