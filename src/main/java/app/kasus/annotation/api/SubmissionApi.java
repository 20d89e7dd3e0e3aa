package app.kasus.annotation.api;

import app.kasus.annotation.CoderProgress;
import app.kasus.annotation.ProgressService;
import app.kasus.annotation.SubmissionService;
import app.kasus.annotation.SubmissionStatus;
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
class SubmissionApi {

    private final SubmissionService submissions;
    private final ProgressService progress;

    SubmissionApi(SubmissionService submissions, ProgressService progress) {
        this.submissions = submissions;
        this.progress = progress;
    }

    @GetMapping("/submission")
    SubmissionStatus mine(@PathVariable long caseId) {
        return submissions.mine(caseId);
    }

    @PostMapping("/submission")
    @ResponseStatus(HttpStatus.OK)
    SubmissionStatus submit(@PathVariable long caseId) {
        return submissions.submit(caseId);
    }

    @DeleteMapping("/submission")
    SubmissionStatus withdraw(@PathVariable long caseId) {
        return submissions.withdraw(caseId);
    }

    @PostMapping("/submissions/{username}/lock")
    SubmissionStatus lock(@PathVariable long caseId, @PathVariable String username) {
        return submissions.lock(caseId, username);
    }

    @PostMapping("/submissions/{username}/unlock")
    SubmissionStatus unlock(@PathVariable long caseId, @PathVariable String username) {
        return submissions.unlock(caseId, username);
    }

    @GetMapping("/progress")
    List<CoderProgress> progress(@PathVariable long caseId) {
        return progress.progress(caseId);
    }
}
