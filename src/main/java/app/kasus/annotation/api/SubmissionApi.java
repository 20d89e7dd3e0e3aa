package app.kasus.annotation.api;

import app.kasus.annotation.CoderProgress;
import app.kasus.annotation.ProgressService;
import app.kasus.annotation.SubmissionService;
import app.kasus.annotation.SubmissionStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Submitting one's coding of a case, locking it (staff) and everyone's progress (whoever may see all coding). */
@RestController
@RequestMapping("/api/cases/{caseId}")
@Tag(name = "Submissions", description = "Submitting one's coding, locking it, and everyone's progress")
class SubmissionApi {

    private final SubmissionService submissions;
    private final ProgressService progress;

    SubmissionApi(SubmissionService submissions, ProgressService progress) {
        this.submissions = submissions;
        this.progress = progress;
    }

    @Operation(summary = "The caller's own submission status")
    @GetMapping("/submission")
    SubmissionStatus mine(@PathVariable long caseId) {
        return submissions.mine(caseId);
    }

    @Operation(summary = "Submit one's coding of the case")
    @ApiResponse(responseCode = "409", description = "coding is locked: an instructor locked the author's coding of the case")
    @PostMapping("/submission")
    @ResponseStatus(HttpStatus.OK)
    SubmissionStatus submit(@PathVariable long caseId) {
        return submissions.submit(caseId);
    }

    @Operation(summary = "Withdraw one's submission")
    @ApiResponse(responseCode = "200", description = "The status")
    @ApiResponse(responseCode = "409", description = "coding is locked: an instructor locked the author's coding of the case")
    @DeleteMapping("/submission")
    SubmissionStatus withdraw(@PathVariable long caseId) {
        return submissions.withdraw(caseId);
    }

    @Operation(summary = "Lock a coder's coding (instructors and administrators)")
    @PostMapping("/submissions/{username}/lock")
    SubmissionStatus lock(@PathVariable long caseId, @PathVariable String username) {
        return submissions.lock(caseId, username);
    }

    @Operation(summary = "Unlock a coder's coding (instructors and administrators)")
    @PostMapping("/submissions/{username}/unlock")
    SubmissionStatus unlock(@PathVariable long caseId, @PathVariable String username) {
        return submissions.unlock(caseId, username);
    }

    @Operation(summary = "Every coder's progress on the case (instructors, administrators, researchers)")
    @GetMapping("/progress")
    List<CoderProgress> progress(@PathVariable long caseId) {
        return progress.progress(caseId);
    }
}
