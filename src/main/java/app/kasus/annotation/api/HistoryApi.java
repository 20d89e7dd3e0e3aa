package app.kasus.annotation.api;

import app.kasus.annotation.ActivityEntry;
import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationHistory;
import app.kasus.annotation.AnnotationRevision;
import app.kasus.annotation.DeletedAnnotation;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The recorded history of coding and restoring deleted annotations; access is {@link AnnotationHistory}'s to decide. */
@RestController
@RequestMapping("/api")
@Tag(name = "History", description = "Who changed which annotation and when; a case's activity; restoring deleted coding")
class HistoryApi {

    private final AnnotationHistory history;

    HistoryApi(AnnotationHistory history) {
        this.history = history;
    }

    @Operation(summary = "An annotation's revisions, oldest first",
            description = "Who, when, what (CREATED, UPDATED with the changed fields, DELETED, RESTORED) and the state "
                    + "after each revision; for whoever may read the annotation, also once it is deleted.")
    @GetMapping("/annotations/{id}/history")
    List<AnnotationRevision> annotationHistory(@PathVariable long id) {
        return history.history(id);
    }

    @Operation(summary = "A case's activity, newest first (instructors and administrators)",
            description = "Changes to the case's annotations (coder and gold), their comments and feedback, and its "
                    + "codebook, a page at a time.")
    @GetMapping("/cases/{id}/activity")
    List<ActivityEntry> activity(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
                                 @RequestParam(defaultValue = "50") int size) {
        // A negative page gives a negative offset, which the service refuses naming the page.
        return history.activity(id, (long) page * size, size);
    }

    @Operation(summary = "The case's deleted annotations the caller may restore, most recently deleted first",
            description = "A coder's own; instructors and administrators everyone's and the gold coding's.")
    @GetMapping("/cases/{id}/annotations/deleted")
    List<DeletedAnnotation> deleted(@PathVariable long id) {
        return history.deleted(id);
    }

    @Operation(summary = "Restore a deleted annotation",
            description = "Back under its id as it was when deleted, with its link where the target still exists and "
                    + "with the comments and feedback deleted with it. Its author or an instructor restores it.")
    @ApiResponse(responseCode = "200", description = "The restored annotation")
    @ApiResponse(responseCode = "409", description = "The annotation is not deleted, or its coder's coding is locked")
    @PostMapping("/annotations/{id}/restore")
    AnnotationData restore(@PathVariable long id) {
        return history.restore(id);
    }
}
