package app.kasus.cases;

import app.kasus.base.NotFoundException;
import app.kasus.security.AccessRules;
import app.kasus.security.UserAccount;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a user may read one case, change it, see its gold or work on it in another way ({@link CaseAction}): the
 * one place the case rules meet, asked by every service, controller and view that takes a case id (as INCEpTION's
 * {@code ProjectAccess}). A published case is everyone's to read and code, a draft only staff's. A case the user may
 * not read is "not found" whether it exists or not, revealing nothing; one they read but may not act on is refused
 * (403). What each role may do stays in {@link AccessRules}.
 */
@Component
public class CaseAccess {

    private final CaseStudyRepository cases;
    private final AccessRules rules;

    CaseAccess(CaseStudyRepository cases, AccessRules rules) {
        this.cases = cases;
        this.rules = rules;
    }

    /** The statuses of the cases the user may read: drafts only for staff. */
    public Set<CaseStatus> readableStatuses(UserAccount user) {
        return rules.maySeeDraftCases(user) ? EnumSet.allOf(CaseStatus.class) : EnumSet.of(CaseStatus.PUBLISHED);
    }

    /** Whether the case exists and the user may read (and so code) it. */
    @Transactional(readOnly = true)
    public boolean mayRead(UserAccount user, long caseId) {
        return status(caseId).filter(s -> mayRead(user, s)).isPresent();
    }

    /** Throws {@link NotFoundException} for a case that does not exist or that the user may not read. */
    @Transactional(readOnly = true)
    public void requireReadable(UserAccount user, long caseId) {
        if (!mayRead(user, caseId)) {
            throw unknownCase(caseId);
        }
    }

    boolean mayRead(UserAccount user, CaseStatus status) {
        return readableStatuses(user).contains(status);
    }

    /** Whether the user brings new cases in (as drafts): not about one case, so nothing to hide. */
    public boolean mayCreate(UserAccount user) {
        return rules.mayImportCases(user);
    }

    public void requireCreate(UserAccount user) {
        rules.requireImportCases(user);
    }

    /** Whether the user may read the case and do this with it. */
    @Transactional(readOnly = true)
    public boolean may(UserAccount user, long caseId, CaseAction action) {
        return mayRead(user, caseId) && allows(user, action);
    }

    /** Not found when the user may not read the case; refused (403) when they read it but may not do this. */
    @Transactional(readOnly = true)
    public void require(UserAccount user, long caseId, CaseAction action) {
        requireReadable(user, caseId);
        switch (action) {
            case CHANGE -> rules.requireImportCases(user);
            case WRITE_GOLD -> rules.requireEditGold(user);
            case REVIEW_CODING -> rules.requireReviewCoding(user);
            case VIEW_PROGRESS -> rules.requireViewProgress(user);
            case MEASURE_AGREEMENT -> rules.requireMeasureAgreement(user);
            case REVIEW_DISAGREEMENTS -> rules.requireReviewDisagreements(user);
            case VIEW_ACTIVITY -> rules.requireViewActivity(user);
        }
    }

    /** Everything the user may do with the case, in one look-up (for a page offering its tools); empty if unreadable. */
    @Transactional(readOnly = true)
    public Set<CaseAction> actions(UserAccount user, long caseId) {
        Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
        if (mayRead(user, caseId)) {
            for (CaseAction action : CaseAction.values()) {
                if (allows(user, action)) {
                    actions.add(action);
                }
            }
        }
        return actions;
    }

    /**
     * Whether the user may see the case's gold coding: staff whenever they read the case, students once it is
     * released (the release is the coding feature's to know).
     */
    @Transactional(readOnly = true)
    public boolean maySeeGold(UserAccount user, long caseId, boolean goldReleased) {
        return mayRead(user, caseId) && rules.maySeeGold(user, goldReleased);
    }

    /** Not found for a case the user may not read; refused (403) while its gold is withheld from them. */
    @Transactional(readOnly = true)
    public void requireGoldReadable(UserAccount user, long caseId, boolean goldReleased) {
        requireReadable(user, caseId);
        rules.requireSeeGold(user, goldReleased);
    }

    /**
     * Whether the user's role allows the action on the cases they read, for pages that offer it without one case at
     * hand; a case id still goes through {@link #require}.
     */
    public boolean allows(UserAccount user, CaseAction action) {
        return switch (action) {
            case CHANGE -> rules.mayImportCases(user);
            case WRITE_GOLD -> rules.mayEditGold(user);
            case REVIEW_CODING -> rules.mayReviewCoding(user);
            case VIEW_PROGRESS -> rules.mayViewProgress(user);
            case MEASURE_AGREEMENT -> rules.mayMeasureAgreement(user);
            case REVIEW_DISAGREEMENTS -> rules.mayReviewDisagreements(user);
            case VIEW_ACTIVITY -> rules.mayViewActivity(user);
        };
    }

    private Optional<CaseStatus> status(long caseId) {
        return cases.statusOf(caseId);
    }

    static NotFoundException unknownCase(long caseId) {
        return new NotFoundException("no case with id " + caseId);
    }
}
