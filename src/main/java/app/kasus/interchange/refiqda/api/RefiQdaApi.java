package app.kasus.interchange.refiqda.api;

import app.kasus.interchange.refiqda.RefiQdaExport;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

    RefiQdaApi(RefiQdaExport export) {
        this.export = export;
    }

    /** {@code scope} as for the annotations: mine (default), group, all, gold or user:<name>. */
    @GetMapping(path = "/cases/{caseId}/export", params = "format=qdpx")
    ResponseEntity<byte[]> project(@PathVariable long caseId, @RequestParam(required = false) String scope) {
        return download(export.project(caseId, scope), QDPX, "case-" + caseId + ".qdpx");
    }

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
