package app.kasus.interchange.refiqda.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import app.kasus.base.InvalidInputException;
import app.kasus.interchange.refiqda.QdpxImportReport;
import app.kasus.interchange.refiqda.RefiQdaExport;
import app.kasus.interchange.refiqda.RefiQdaImport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** REFI-QDA exchange: a case's coding as a project, its codebook, and projects brought in as new cases. */
@RestController
@RequestMapping("/api")
class RefiQdaApi {

    static final MediaType QDPX = MediaType.parseMediaType("application/zip");
    static final MediaType QDC = MediaType.parseMediaType("application/xml");

    private final RefiQdaExport export;
    private final RefiQdaImport importer;

    RefiQdaApi(RefiQdaExport export, RefiQdaImport importer) {
        this.export = export;
        this.importer = importer;
    }

    /**
     * A {@code .qdpx} project as multipart field {@code file}: 201 with the new draft case's report, or 400 naming
     * what is wrong with the file (and nothing stored). Spring keeps a large upload in a temporary file, which it
     * deletes when the request ends; the archive is read from it as a stream.
     */
    @ApiResponse(responseCode = "201", description = "The new draft case with its codes and codings, and a report")
    @PostMapping(path = "/cases/import/qdpx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<QdpxImportReport> importProject(@RequestParam(name = "file", required = false) MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInputException("file", "required: send the .qdpx project as multipart field file");
        }
        try (InputStream in = file.getInputStream()) {
            QdpxImportReport report = importer.importProject(in);
            return ResponseEntity.created(URI.create("/api/cases/" + report.caseId())).body(report);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code scope} as for the annotations: mine (default), group, all, gold or user:<name>. */
    @ApiResponse(responseCode = "200", description = "A REFI-QDA project (zip)",
            content = @Content(mediaType = "application/zip"))
    @GetMapping(path = "/cases/{caseId}/export", params = "format=qdpx")
    ResponseEntity<byte[]> project(@PathVariable long caseId, @RequestParam(required = false) String scope) {
        return download(export.project(caseId, scope), QDPX, "case-" + caseId + ".qdpx");
    }

    @ApiResponse(responseCode = "200", description = "A REFI-QDA codebook (XML)",
            content = @Content(mediaType = "application/xml"))
    @GetMapping(path = "/cases/{caseId}/export", params = "format=qdc")
    ResponseEntity<byte[]> codebook(@PathVariable long caseId) {
        return download(export.codebook(caseId), QDC, "case-" + caseId + "-codebook.qdc");
    }

    private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .body(body);
    }
}
