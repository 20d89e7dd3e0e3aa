package app.kasus.annotation.api;

import app.kasus.annotation.FeedbackData;
import app.kasus.annotation.FeedbackService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** An instructor's feedback on a coder's annotation; who may do what is {@link FeedbackService}'s to decide. */
@RestController
@RequestMapping("/api")
@Tag(name = "Feedback", description = "Instructors' feedback on a coder's annotation, private to the coder and instructors")
class FeedbackApi {

    /** {@code version} only when editing: the version read. */
    record FeedbackBody(String text, Long version) {
    }

    private final FeedbackService feedback;

    FeedbackApi(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @Operation(summary = "The feedback on an annotation, oldest first")
    @GetMapping("/annotations/{id}/feedback")
    List<FeedbackData> on(@PathVariable long id) {
        return feedback.on(id);
    }

    @Operation(summary = "Give feedback (instructors and administrators)")
    @ApiResponse(responseCode = "201", description = "The stored feedback")
    @PostMapping("/annotations/{id}/feedback")
    ResponseEntity<FeedbackData> add(@PathVariable long id, @RequestBody FeedbackBody body) {
        FeedbackData created = feedback.add(id, body.text());
        return ResponseEntity.created(URI.create("/api/feedback/" + created.id())).body(created);
    }

    /** The coder has read the feedback on their annotation; answers how many pieces were newly marked read. */
    @Operation(summary = "Mark the feedback on one's annotation read",
            description = "Answers `{\"marked\": n}`, how many were newly marked.")
    @PostMapping("/annotations/{id}/feedback/read")
    Map<String, Integer> markRead(@PathVariable long id) {
        return Map.of("marked", feedback.markRead(id));
    }

    @Operation(summary = "Edit one's feedback", description = "An edited text is unread again.")
    @PutMapping("/feedback/{id}")
    FeedbackData edit(@PathVariable long id, @RequestBody FeedbackBody body) {
        return feedback.edit(id, body.text(), body.version());
    }

    @Operation(summary = "Delete one's feedback")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/feedback/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        feedback.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
