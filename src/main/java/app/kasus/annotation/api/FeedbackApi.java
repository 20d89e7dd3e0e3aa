package app.kasus.annotation.api;

import app.kasus.annotation.FeedbackData;
import app.kasus.annotation.FeedbackService;
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
class FeedbackApi {

    /** {@code version} only when editing: the version read. */
    record FeedbackBody(String text, Long version) {
    }

    private final FeedbackService feedback;

    FeedbackApi(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GetMapping("/annotations/{id}/feedback")
    List<FeedbackData> on(@PathVariable long id) {
        return feedback.on(id);
    }

    @PostMapping("/annotations/{id}/feedback")
    ResponseEntity<FeedbackData> add(@PathVariable long id, @RequestBody FeedbackBody body) {
        FeedbackData created = feedback.add(id, body.text());
        return ResponseEntity.created(URI.create("/api/feedback/" + created.id())).body(created);
    }

    /** The coder has read the feedback on their annotation; answers how many pieces were newly marked read. */
    @PostMapping("/annotations/{id}/feedback/read")
    Map<String, Integer> markRead(@PathVariable long id) {
        return Map.of("marked", feedback.markRead(id));
    }

    @PutMapping("/feedback/{id}")
    FeedbackData edit(@PathVariable long id, @RequestBody FeedbackBody body) {
        return feedback.edit(id, body.text(), body.version());
    }

    @DeleteMapping("/feedback/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        feedback.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
