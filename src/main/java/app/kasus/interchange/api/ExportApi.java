package app.kasus.interchange.api;

import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import app.kasus.annotation.CodingLayer;
import app.kasus.interchange.CodingExport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code GET /api/cases/{caseId}/export?format=…&scope=…}: the coding of a layer ({@code scope} as in the
 * annotations API) as a file. Spring picks the handler by {@code format}; REFI-QDA's formats have their own
 * controller, and a request no handler claims lands in {@link #unknownFormat}.
 */
@RestController
@RequestMapping("/api/cases/{caseId}/export")
class ExportApi {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    static final MediaType JSON_LD = MediaType.parseMediaType(
            "application/ld+json; profile=\"http://www.w3.org/ns/anno.jsonld\"");

    private final CodingExport export;

    ExportApi(CodingExport export) {
        this.export = export;
    }

    /** Built whole before anything is sent, so a refused scope answers with an error, not half a download. */
    @ApiResponse(responseCode = "200", description = "One row per annotation (RFC 4180, UTF-8)",
            content = @Content(mediaType = "text/csv"))
    @GetMapping(params = "format=csv")
    ResponseEntity<String> exportCsv(@PathVariable long caseId, @RequestParam(required = false) String scope)
            throws IOException {
        CodingLayer layer = CodingLayer.parse("scope", scope);
        StringWriter out = new StringWriter();
        export.csv(caseId, layer, out);
        return ResponseEntity.ok().contentType(TEXT_CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(caseId, layer, "csv"))
                .body(out.toString());
    }

    @ApiResponse(responseCode = "200", description = "A W3C Web Annotation collection",
            content = @Content(mediaType = "application/ld+json"))
    @GetMapping(params = "format=jsonld")
    ResponseEntity<ObjectNode> exportWebAnnotations(@PathVariable long caseId,
                                                    @RequestParam(required = false) String scope) {
        CodingLayer layer = CodingLayer.parse("scope", scope);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        return ResponseEntity.ok().contentType(JSON_LD)
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(caseId, layer, "jsonld"))
                .body(export.webAnnotations(caseId, layer, base));
    }

    @GetMapping
    ResponseEntity<Map<String, String>> unknownFormat(@RequestParam(required = false) String format) {
        String named = format == null || format.isBlank() ? "missing format"
                : "unknown format " + (format.length() > 20 ? format.substring(0, 20) + "…" : format);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("error", named + ", one of "
                        + String.join(", ", CodingExport.FORMATS)));
    }

    /** {@code kasus-case-3-user-siti.csv}: the layer in the name, reduced to characters every file system takes. */
    static String attachment(long caseId, CodingLayer layer, String extension) {
        String scope = layer.id().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]+", "-");
        return ContentDisposition.attachment().filename("kasus-case-" + caseId + "-" + scope + "." + extension)
                .build().toString();
    }
}
