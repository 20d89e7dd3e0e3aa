package app.kasus.annotation.api;

import app.kasus.annotation.CommentData;
import app.kasus.annotation.CommentService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
@Tag(name = "Comments", description = "Comment threads on annotations, plain text")
class CommentApi {

    /** {@code version} only when editing: the version read. */
    record CommentBody(String text, Long version) {
    }

    private final CommentService comments;

    CommentApi(CommentService comments) {
        this.comments = comments;
    }

    @Operation(summary = "An annotation's comment thread, oldest first")
    @GetMapping("/annotations/{id}/comments")
    List<CommentData> thread(@PathVariable long id) {
        return comments.thread(id);
    }

    @Operation(summary = "Post a comment", description = "Researchers only read.")
    @ApiResponse(responseCode = "201", description = "The stored comment")
    @PostMapping("/annotations/{id}/comments")
    ResponseEntity<CommentData> add(@PathVariable long id, @RequestBody CommentBody body) {
        CommentData created = comments.add(id, body.text());
        return ResponseEntity.created(URI.create("/api/comments/" + created.id())).body(created);
    }

    @Operation(summary = "Edit one's comment")
    @PutMapping("/comments/{id}")
    CommentData edit(@PathVariable long id, @RequestBody CommentBody body) {
        return comments.edit(id, body.text(), body.version());
    }

    @Operation(summary = "Delete one's comment")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @DeleteMapping("/comments/{id}")
    ResponseEntity<Void> delete(@PathVariable long id, @RequestParam(required = false) Long version) {
        comments.delete(id, version);
        return ResponseEntity.noContent().build();
    }
}
