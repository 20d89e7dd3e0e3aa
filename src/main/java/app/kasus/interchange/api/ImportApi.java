package app.kasus.interchange.api;

import io.swagger.v3.oas.annotations.responses.ApiResponse;
import app.kasus.base.InvalidInputException;
import app.kasus.interchange.ImportRejectedException;
import app.kasus.interchange.ImportReport;
import app.kasus.interchange.WebAnnotationImport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/cases/{caseId}/annotations/import}: W3C Web Annotations (JSON-LD, as the JSON-LD export writes
 * them) become the caller's own annotations; see {@link WebAnnotationImport} for what is stored and what refused.
 * 201 when anything was stored, else 200; either way the report names every unmatched item.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/annotations/import")
class ImportApi {

    private final WebAnnotationImport importer;
    private final ObjectMapper json;

    ImportApi(WebAnnotationImport importer, ObjectMapper json) {
        this.importer = importer;
        this.json = json;
    }

    private static final List<MediaType> JSON_TYPES = List.of(MediaType.parseMediaType("application/ld+json"),
            MediaType.APPLICATION_JSON);

    /**
     * Read as a stream with a cap rather than bound by Spring, so an oversized body is refused, not buffered. No
     * {@code consumes}: with one, a body of another type would fall through to the catch-all for unknown API paths
     * and be answered as a wrong method; here it gets 415.
     */
    @ApiResponse(responseCode = "201", description = "Some were stored; the report names any that did not match")
    @ApiResponse(responseCode = "200", description = "Nothing was stored: the report says why")
    @PostMapping
    ResponseEntity<ImportReport> importWebAnnotations(@PathVariable long caseId, InputStream body,
                                            @RequestHeader(name = HttpHeaders.CONTENT_TYPE, required = false)
                                            String contentType) throws HttpMediaTypeNotSupportedException {
        MediaType type = contentType == null ? null : MediaType.parseMediaType(contentType);
        if (type == null || JSON_TYPES.stream().noneMatch(t -> t.includes(type))) {
            throw new HttpMediaTypeNotSupportedException(type, JSON_TYPES);
        }
        return answer(importer.importInto(caseId, read("body", body)));
    }

    @ApiResponse(responseCode = "201", description = "Some were stored; the report names any that did not match")
    @ApiResponse(responseCode = "200", description = "Nothing was stored: the report says why")
    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<ImportReport> importWebAnnotationFile(@PathVariable long caseId,
                                            @RequestPart(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "required: a JSON-LD file of Web Annotations");
        }
        if (file.getSize() > WebAnnotationImport.MAX_BYTES) {
            throw new InvalidInputException("file", tooLarge());
        }
        try (InputStream in = file.getInputStream()) {
            return answer(importer.importInto(caseId, read("file", in)));
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read");
        }
    }

    private JsonNode read(String field, InputStream in) {
        try {
            JsonNode document = json.readTree(new CappedInput(in, WebAnnotationImport.MAX_BYTES));
            if (document == null || document.isMissingNode()) {
                throw new InvalidInputException(field, "empty: send JSON-LD Web Annotations");
            }
            return document;
        } catch (CappedInput.TooLarge e) {
            throw new InvalidInputException(field, tooLarge());
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(field, "not valid JSON-LD: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException(field, "could not be read");
        }
    }

    private static String tooLarge() {
        return "larger than " + WebAnnotationImport.MAX_BYTES / (1024 * 1024) + " MB";
    }

    /** Fails once more than {@code limit} bytes have been read. */
    private static final class CappedInput extends FilterInputStream {

        static final class TooLarge extends IOException {
        }

        private final long limit;
        private long count;

        CappedInput(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > limit) {
                throw new TooLarge();
            }
        }
    }

    private static ResponseEntity<ImportReport> answer(ImportReport report) {
        return ResponseEntity.status(report.imported() > 0 ? HttpStatus.CREATED : HttpStatus.OK).body(report);
    }

    record Rejected(String error, List<ImportRejectedException.ItemError> errors) {
    }

    @ExceptionHandler(ImportRejectedException.class)
    ResponseEntity<Rejected> rejected(ImportRejectedException e) {
        return ResponseEntity.badRequest().body(new Rejected(e.getMessage(), e.errors()));
    }
}
