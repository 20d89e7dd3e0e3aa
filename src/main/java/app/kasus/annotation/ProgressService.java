package app.kasus.annotation;

import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseAction;
import app.kasus.cases.CaseService;
import app.kasus.group.GroupService;
import app.kasus.group.GroupService.GroupSummary;
import app.kasus.security.AccountService;
import app.kasus.security.AccountSummary;
import app.kasus.security.CurrentUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everyone's progress on a case: every member of a seminar group, and everyone else who coded the case or has a
 * submission, one row each. Built from a few aggregate queries (one over the annotations, one over the
 * submissions, the groups and the accounts), never one query per coder. For those who may see all coding.
 */
@Service
public class ProgressService {

    private static final Comparator<CoderProgress> ORDER = Comparator
            .comparing((CoderProgress p) -> p.groups().isEmpty() ? "\uffff" : p.groups().get(0))
            .thenComparing(CoderProgress::username);

    private final CodingSubmissionRepository submissions;
    private final CaseService cases;
    private final GroupService groups;
    private final AccountService accounts;
    private final CurrentUser currentUser;
    private final CaseAccess access;

    ProgressService(CodingSubmissionRepository submissions, CaseService cases, GroupService groups,
                    AccountService accounts, CurrentUser currentUser, CaseAccess access) {
        this.submissions = submissions;
        this.cases = cases;
        this.groups = groups;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.access = access;
    }

    /** Ordered by (first) group, coders outside groups last, then by username. */
    @Transactional(readOnly = true)
    public List<CoderProgress> progress(long caseId) {
        access.require(currentUser.require(), caseId, CaseAction.VIEW_PROGRESS);
        Map<String, List<String>> groupsOf = new HashMap<>();
        Set<String> people = new LinkedHashSet<>();
        for (GroupSummary group : groups.all()) {
            for (String member : group.members()) {
                groupsOf.computeIfAbsent(member, m -> new ArrayList<>()).add(group.name());
                people.add(member);
            }
        }
        Map<String, Object[]> stats = new HashMap<>();
        for (Object[] row : submissions.codingStats(caseId)) {
            stats.put((String) row[0], row);
            people.add((String) row[0]);
        }
        Map<String, SubmissionStatus> statusOf = new HashMap<>();
        for (CodingSubmission submission : submissions.findByCase(caseId)) {
            SubmissionStatus status = submission.toStatus();
            statusOf.put(status.username(), status);
            people.add(status.username());
        }
        if (people.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = new LinkedHashMap<>();
        for (AccountSummary account : accounts.summaries(List.copyOf(people))) {
            names.put(account.username(), account.displayName());
        }
        List<CoderProgress> rows = new ArrayList<>();
        for (String username : people) {
            Object[] s = stats.get(username);
            SubmissionStatus status = statusOf.getOrDefault(username, SubmissionStatus.none(caseId, username));
            rows.add(new CoderProgress(username, names.getOrDefault(username, username),
                    List.copyOf(groupsOf.getOrDefault(username, List.of())),
                    s == null ? 0 : ((Number) s[1]).longValue(), s == null ? 0 : ((Number) s[2]).longValue(),
                    status.state(), status.submittedAt(), status.lockedAt(), status.lockedBy(),
                    s == null ? null : (Instant) s[3]));
        }
        rows.sort(ORDER);
        return rows;
    }
}
