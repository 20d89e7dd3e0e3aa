package app.kasus.annotation.api;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.GoldReleaseStatus;
import app.kasus.annotation.GoldService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The gold coding's own actions: accepting coders' annotations into it and releasing it to students. Reading and
 * writing single gold spans go through {@link AnnotationApi} ({@code scope=gold}, {@code layer=gold}).
 */
@RestController
@RequestMapping("/api/cases/{caseId}/gold")
@Tag(name = "Gold coding", description = "The case's reference coding: accepting coders' spans and releasing it to students")
class GoldApi {

    /** The body of a bulk accept: the coder annotations to copy into gold. */
    record AcceptRequest(List<Long> ids) {
    }

    private final GoldService gold;

    GoldApi(GoldService gold) {
        this.gold = gold;
    }

    @Operation(summary = "Copy a coder's annotation into gold (instructors and administrators)")
    @ApiResponse(responseCode = "201", description = "The new gold span, with `acceptedFrom`")
    @ApiResponse(responseCode = "409", description = "The gold coding already has an identical span")
    @PostMapping("/accept/{annotationId}")
    ResponseEntity<AnnotationData> accept(@PathVariable long caseId, @PathVariable long annotationId) {
        AnnotationData accepted = gold.accept(caseId, annotationId);
        return ResponseEntity.created(URI.create("/api/annotations/" + accepted.id())).body(accepted);
    }

    @Operation(summary = "Copy several coder annotations into gold, all or none")
    @ApiResponse(responseCode = "409", description = "The gold coding already has one of the spans; none stored")
    @PostMapping("/accept")
    @ResponseStatus(HttpStatus.CREATED)
    List<AnnotationData> acceptAll(@PathVariable long caseId, @RequestBody AcceptRequest request) {
        return gold.acceptAll(caseId, request == null ? null : request.ids());
    }

    @Operation(summary = "Whether the gold coding is released to students")
    @GetMapping("/release")
    GoldReleaseStatus release(@PathVariable long caseId) {
        return gold.releaseStatus(caseId);
    }

    @Operation(summary = "Release the gold coding to students (instructors and administrators)")
    @ApiResponse(responseCode = "204", description = "Released (also when it already was)")
    @PostMapping("/release")
    ResponseEntity<Void> doRelease(@PathVariable long caseId) {
        gold.release(caseId);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Withdraw the release (instructors and administrators)")
    @ApiResponse(responseCode = "204", description = "Withdrawn (also when it was not released)")
    @DeleteMapping("/release")
    ResponseEntity<Void> withdraw(@PathVariable long caseId) {
        gold.withdrawRelease(caseId);
        return ResponseEntity.noContent().build();
    }
}
