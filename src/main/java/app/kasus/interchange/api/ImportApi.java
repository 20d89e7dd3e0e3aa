package app.kasus.interchange.api;

import app.kasus.base.InvalidInputException;
import app.kasus.interchange.ImportRejectedException;
import app.kasus.interchange.ImportReport;
import app.kasus.interchange.WebAnnotationImport;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

    @PostMapping(consumes = {"application/ld+json", "application/json"})
    ResponseEntity<ImportReport> importJson(@PathVariable long caseId, @RequestBody JsonNode body) {
        return answer(importer.importInto(caseId, body));
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<ImportReport> importFile(@PathVariable long caseId, @RequestPart("file") MultipartFile file) {
        JsonNode body;
        try (InputStream in = file.getInputStream()) {
            body = json.readTree(in);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException("file", "not valid JSON-LD: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InvalidInputException("file", "could not be read");
        }
        return answer(importer.importInto(caseId, body));
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
