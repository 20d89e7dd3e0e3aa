package app.kasus.annotation.api;

import app.kasus.annotation.AnnotationCommand;
import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.BatchRejectedException;
import app.kasus.annotation.CodingLayer;
import app.kasus.annotation.GoldService;
import app.kasus.base.InvalidInputException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "Annotations", description = "Coding: spans of passages coded as concessions, demands or signals, and the gold layer")
class AnnotationApi {

    private final AnnotationService annotations;
    private final GoldService gold;

    AnnotationApi(AnnotationService annotations, GoldService gold) {
        this.annotations = annotations;
        this.gold = gold;
    }

    /** {@code layer}: coder (default, the caller's own coding) or gold (the case's reference coding; instructors). */
    @Operation(summary = "Code a span",
            description = "The caller's own coding, or with `layer=gold` the case's gold coding "
                    + "(instructors and administrators).",
            parameters = @Parameter(name = "layer", description = "`coder` (default) or `gold`"))
    @ApiResponse(responseCode = "201", description = "The stored annotation")
    @ApiResponse(responseCode = "409", description = "coding is locked: an instructor locked the author's coding of the case")
    @PostMapping("/cases/{caseId}/annotations")
    ResponseEntity<AnnotationData> create(@PathVariable long caseId, @RequestBody AnnotationCommand command,
                                          @RequestParam(required = false) String layer) {
        AnnotationData created = switch (layer == null || layer.isBlank() ? "coder" : layer.strip()) {
            case "coder" -> annotations.create(caseId, command);
            case "gold" -> gold.create(caseId, command);
            default -> throw new InvalidInputException("layer", "must be coder or gold");
        };
        return ResponseEntity.created(URI.create("/api/annotations/" + created.id())).body(created);
    }

    /**
     * Up to {@link AnnotationService#MAX_BATCH} of the caller's own annotations at once (coder layer only), all or
     * none. Spring's path matching takes the colon as a literal, so the path is exactly {@code annotations:batch}.
     */
    @Operation(summary = "Code up to 1,000 spans at once, all or none",
            description = "Always the caller's own coding; items as for a single create.")
    @ApiResponse(responseCode = "201", description = "The stored annotations, in the order sent")
    @ApiResponse(responseCode = "400",
            description = "Nothing stored: every bad item named by index (from 0), or more than 1,000 items",
            content = @Content(schema = @Schema(implementation = RejectedBatch.class)))
    @ApiResponse(responseCode = "409", description = "coding is locked: an instructor locked the author's coding of the case")
    @PostMapping("/cases/{caseId}/annotations:batch")
    ResponseEntity<List<AnnotationData>> createAll(@PathVariable long caseId,
                                                   @RequestBody List<AnnotationCommand> commands) {
        return ResponseEntity.status(HttpStatus.CREATED).body(annotations.createAll(caseId, commands));
    }

    record RejectedBatch(String error, List<BatchRejectedException.ItemError> errors) {
    }

    @ExceptionHandler(BatchRejectedException.class)
    ResponseEntity<RejectedBatch> rejected(BatchRejectedException e) {
        String message = e.errors().size() == 1
                ? "item " + e.errors().get(0).index() + ": " + e.errors().get(0).field() + ": "
                  + e.errors().get(0).message() + "; nothing was stored"
                : "body: " + e.getMessage();
        return ResponseEntity.badRequest().body(new RejectedBatch(message, e.errors()));
    }

    /** {@code scope}: mine (default), group, all, gold or user:<name>; see {@link CodingLayer}. */
    @Operation(summary = "The annotations of a coding layer", parameters = @Parameter(name = "scope",
            description = "`mine` (default), `group`, `all` (students: as `group`), `gold` or `user:<name>`"))
    @GetMapping("/cases/{caseId}/annotations")
    List<AnnotationData> list(@PathVariable long caseId, @RequestParam(required = false) String scope) {
        return annotations.visible(caseId, CodingLayer.parse("scope", scope));
    }

    @Operation(summary = "One annotation whose coding the caller may see")
    @GetMapping("/annotations/{id}")
    AnnotationData get(@PathVariable long id) {
        return annotations.get(id);
    }

    @Operation(summary = "Change one's annotation",
            description = "Body as for create plus `version`; gold spans: instructors and administrators.")
    @ApiResponse(responseCode = "200", description = "The stored annotation")
    @ApiResponse(responseCode = "409", description = "coding is locked: an instructor locked the author's coding of the case")
    @PutMapping("/annotations/{id}")
    AnnotationData update(@PathVariable long id, @RequestBody AnnotationCommand command) {
        return annotations.update(id, command);
    }

    @Operation(summary = "Delete one's annotation", description = "Clears the links that pointed to it; deletes its comments.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "coding is locked: an instructor locked the author's coding of the case")
    @DeleteMapping("/annotations/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        annotations.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
