package app.kasus.annotation;

import app.kasus.base.ConflictException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseAction;
import app.kasus.cases.CaseService;
import app.kasus.security.AccountService;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.security.Usernames;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submitting coding. A coder submits their coding of a case and may withdraw it until an instructor locks it; locked
 * coding cannot be changed ({@link AnnotationService} refuses with "coding is locked") until it is unlocked. Every
 * method acts as the signed-in user: coders act on their own submission only, locking is for
 * those {@link CaseAccess} lets {@link CaseAction#REVIEW_CODING review the case's coding} (instructors and
 * administrators).
 */
@Service
public class SubmissionService {

    /** The message of every refusal because of a lock; the API answers it as 409 {"error": "coding is locked"}. */
    public static final String LOCKED = "coding is locked";

    private final CodingSubmissionRepository submissions;
    private final CaseService cases;
    private final CurrentUser currentUser;
    private final AccountService accounts;
    private final CaseAccess access;
    private final LiveEvents events;

    SubmissionService(CodingSubmissionRepository submissions, CaseService cases, CurrentUser currentUser,
                      AccountService accounts, CaseAccess access, LiveEvents events) {
        this.submissions = submissions;
        this.cases = cases;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.access = access;
        this.events = events;
    }

    /** The signed-in coder's own status for the case. */
    @Transactional(readOnly = true)
    public SubmissionStatus mine(long caseId) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        return status(caseId, me);
    }

    @Transactional
    public SubmissionStatus submit(long caseId) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        CodingSubmission submission = submissions.find(caseId, me.getId()).orElseGet(() -> new CodingSubmission(caseId, me));
        if (submission.isLocked()) {
            throw new ConflictException(LOCKED);
        }
        submission.submit();
        return save(submission);
    }

    /** Takes the submission back; refused while the coding is locked. */
    @Transactional
    public SubmissionStatus withdraw(long caseId) {
        UserAccount me = currentUser.require();
        cases.requireCase(caseId);
        CodingSubmission submission = submissions.find(caseId, me.getId()).orElse(null);
        if (submission == null) {
            return SubmissionStatus.none(caseId, me.getUsername());
        }
        if (submission.isLocked()) {
            throw new ConflictException(LOCKED);
        }
        submission.withdraw();
        return save(submission);
    }

    /** Locks the coder's coding of the case (submitted or not); instructors and administrators only. */
    @Transactional
    public SubmissionStatus lock(long caseId, String username) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.REVIEW_CODING);
        UserAccount coder = coder(username);
        CodingSubmission submission = submissions.find(caseId, coder.getId()).orElseGet(() -> new CodingSubmission(caseId, coder));
        submission.lock(me);
        return save(submission);
    }

    @Transactional
    public SubmissionStatus unlock(long caseId, String username) {
        UserAccount me = currentUser.require();
        access.require(me, caseId, CaseAction.REVIEW_CODING);
        UserAccount coder = coder(username);
        CodingSubmission submission = submissions.find(caseId, coder.getId()).orElse(null);
        if (submission == null) {
            return SubmissionStatus.none(caseId, coder.getUsername());
        }
        submission.unlock();
        return save(submission);
    }

    /** Whether the user's coding of the case is locked; asks nobody's permission (for the services' checks). */
    @Transactional(readOnly = true)
    public boolean isLocked(long caseId, long userId) {
        return submissions.isLocked(caseId, userId);
    }

    /** Refuses with {@link ConflictException} ("coding is locked") when the user's coding of the case is locked. */
    @Transactional(readOnly = true)
    public void requireUnlocked(long caseId, UserAccount user) {
        if (isLocked(caseId, user.getId())) {
            throw new ConflictException(LOCKED);
        }
    }

    private UserAccount coder(String username) {
        return accounts.find(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundException("no account named " + Usernames.normalize(username == null ? "" : username)));
    }

    private SubmissionStatus status(long caseId, UserAccount user) {
        return submissions.find(caseId, user.getId()).map(CodingSubmission::toStatus)
                .orElseGet(() -> SubmissionStatus.none(caseId, user.getUsername()));
    }

    private SubmissionStatus save(CodingSubmission submission) {
        SubmissionStatus saved;
        try {
            saved = submissions.saveAndFlush(submission).toStatus();
        } catch (DataIntegrityViolationException e) {
            // Two first submits (or a submit and a lock) of the same coding at once: the other one won.
            throw new ConflictException("the submission changed meanwhile; try again");
        }
        events.publish(new SubmissionChanged(saved.caseId(), saved.username()));
        return saved;
    }
}
