package app.kasus.annotation.api;

import app.kasus.annotation.CommentData;
import app.kasus.annotation.CommentService;
import java.net.URI;
import java.util.List;
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

/** Comment threads on annotations; who may do what is {@link CommentService}'s to decide. */
@RestController
@RequestMapping("/api")
class CommentApi {

    /** {@code version} only when editing: the version read. */
    record CommentBody(String text, Long version) {
    }

    private final CommentService comments;

    CommentApi(CommentService comments) {
        this.comments = comments;
    }

    @GetMapping("/annotations/{id}/comments")
    List<CommentData> thread(@PathVariable long id) {
        return comments.thread(id);
    }

    @PostMapping("/annotations/{id}/comments")
    ResponseEntity<CommentData> add(@PathVariable long id, @RequestBody CommentBody body) {
        CommentData created = comments.add(id, body.text());
        return ResponseEntity.created(URI.create("/api/comments/" + created.id())).body(created);
    }

    @PutMapping("/comments/{id}")
    CommentData edit(@PathVariable long id, @RequestBody CommentBody body) {
        return comments.edit(id, body.text(), body.version());
    }

    @DeleteMapping("/comments/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        comments.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
