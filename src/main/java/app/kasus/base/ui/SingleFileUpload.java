package app.kasus.base.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's one-file uploads: refused while they stream in once past the size limit (the browser checks first), so
 * a huge file never fills memory or disk; one file at a time; the upload's words in the reader's language; a refused
 * file named in an error. Documents and projects go to a temporary file the page owns and deletes ({@link #delete});
 * small files (a roster) stay in memory.
 */
public final class SingleFileUpload {

    private static final Logger log = LoggerFactory.getLogger(SingleFileUpload.class);
    /** Room for the multipart headers around the file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private SingleFileUpload() {
    }

    /** What every upload of the app shares: its id, the files it takes, its limit, its words. */
    public record Settings(String id, long maxBytes, UploadI18N texts, String rejectedMessage,
                           String... acceptedTypes) {
    }

    public static Upload toTemporaryFile(Settings settings, BiConsumer<UploadMetadata, File> received) {
        return configured(new Upload(new TemporaryFileUploadHandler(received::accept) {
            @Override
            public long getRequestSizeMax() {
                return settings.maxBytes() + REQUEST_OVERHEAD;
            }

            @Override
            public long getFileSizeMax() {
                return settings.maxBytes();
            }
        }), settings);
    }

    public static Upload inMemory(Settings settings, BiConsumer<UploadMetadata, byte[]> received) {
        return configured(new Upload(new InMemoryUploadHandler(received::accept) {
            @Override
            public long getRequestSizeMax() {
                return settings.maxBytes() + REQUEST_OVERHEAD;
            }

            @Override
            public long getFileSizeMax() {
                return settings.maxBytes();
            }
        }), settings);
    }

    /** Deletes a received file; a file that cannot be deleted is logged, not thrown: the page has moved on. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}", file, e);
        }
    }

    private static Upload configured(Upload upload, Settings settings) {
        upload.setId(settings.id());
        upload.setAcceptedFileTypes(settings.acceptedTypes());
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, settings.maxBytes()));
        upload.setMaxFiles(1);
        upload.setI18n(settings.texts());
        upload.addFileRejectedListener(e -> Notify.error(settings.rejectedMessage()));
        return upload;
    }
}
