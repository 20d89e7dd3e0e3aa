package app.kasus.annotation.api;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.GoldReleaseStatus;
import app.kasus.annotation.GoldService;
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
class GoldApi {

    /** The body of a bulk accept: the coder annotations to copy into gold. */
    record AcceptRequest(List<Long> ids) {
    }

    private final GoldService gold;

    GoldApi(GoldService gold) {
        this.gold = gold;
    }

    @PostMapping("/accept/{annotationId}")
    ResponseEntity<AnnotationData> accept(@PathVariable long caseId, @PathVariable long annotationId) {
        AnnotationData accepted = gold.accept(caseId, annotationId);
        return ResponseEntity.created(URI.create("/api/annotations/" + accepted.id())).body(accepted);
    }

    @PostMapping("/accept")
    @ResponseStatus(HttpStatus.CREATED)
    List<AnnotationData> acceptAll(@PathVariable long caseId, @RequestBody AcceptRequest request) {
        return gold.acceptAll(caseId, request == null ? null : request.ids());
    }

    @GetMapping("/release")
    GoldReleaseStatus release(@PathVariable long caseId) {
        return gold.releaseStatus(caseId);
    }

    @PostMapping("/release")
    ResponseEntity<Void> doRelease(@PathVariable long caseId) {
        gold.release(caseId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/release")
    ResponseEntity<Void> withdraw(@PathVariable long caseId) {
        gold.withdrawRelease(caseId);
        return ResponseEntity.noContent().build();
    }
}
