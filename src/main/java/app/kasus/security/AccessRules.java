package app.kasus.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may do what, by role: the one place views (to show or hide an action), the API and the services (to
 * refuse it) ask. Row-level rules (an annotation's author, a group's members) stay with the services that own
 * the rows, but they ask here what a role may do.
 */
@Component
public class AccessRules {

    private final CurrentUser currentUser;

    AccessRules(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    /** Administrators manage every account; instructors manage students; nobody else manages accounts. */
    public boolean mayManage(UserAccount actor, Role target) {
        return switch (actor.getRole()) {
            case ADMIN -> true;
            case INSTRUCTOR -> target == Role.STUDENT;
            default -> false;
        };
    }

    public boolean mayManageAccounts(UserAccount actor) {
        return !manageableRoles(actor).isEmpty();
    }

    /** The roles whose accounts the actor may create, list, disable, reset and delete. */
    public Set<Role> manageableRoles(UserAccount actor) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (mayManage(actor, role)) {
                roles.add(role);
            }
        }
        return roles;
    }

    /** Forming seminar groups is the instructors' (and administrators') job. */
    public boolean mayManageGroups(UserAccount actor) {
        return actor.getRole() == Role.INSTRUCTOR || actor.getRole() == Role.ADMIN;
    }

    public boolean mayEditCodebook(UserAccount actor) {
        return actor.getRole() == Role.INSTRUCTOR || actor.getRole() == Role.ADMIN;
    }

    /** Everyone but students may look at anyone's coding and every group; students see their own and their groups'. */
    public boolean maySeeAllCoding(UserAccount actor) {
        return actor.getRole() != Role.STUDENT;
    }

    /** Locking and unlocking a coder's submitted coding is the instructors' (and administrators') job. */
    public boolean mayReviewCoding(UserAccount actor) {
        return actor.getRole() == Role.INSTRUCTOR || actor.getRole() == Role.ADMIN;
    }

    /** Who may read a case's progress (every coder's counts and submission): whoever may see all coding. */
    public boolean mayViewProgress(UserAccount actor) {
        return maySeeAllCoding(actor);
    }

    /** Feedback on a coder's annotation is the instructors' (and administrators') to write; researchers observe. */
    public boolean mayGiveFeedback(UserAccount actor) {
        return mayReviewCoding(actor);
    }

    /** Researchers observe the threads on annotations; everyone else takes part in them. */
    public boolean mayComment(UserAccount actor) {
        return actor.getRole() != Role.RESEARCHER;
    }

    /** The case's gold (reference) coding is written by instructors and administrators. */
    public boolean mayEditGold(UserAccount actor) {
        return actor.getRole() == Role.INSTRUCTOR || actor.getRole() == Role.ADMIN;
    }

    /** Staff read gold coding at any time; students only once an instructor has released it for the case. */
    public boolean maySeeGold(UserAccount actor, boolean released) {
        return actor.getRole() != Role.STUDENT || released;
    }

    /** Comparing coders and reading disagreements is for whoever may see all coding; writing gold is separate. */
    public boolean mayReviewDisagreements(UserAccount actor) {
        return maySeeAllCoding(actor);
    }

    public void requireReviewDisagreements(UserAccount actor) {
        if (!mayReviewDisagreements(actor)) {
            throw new AccessDeniedException("only instructors, researchers and administrators compare coders");
        }
    }

    public void requireEditGold(UserAccount actor) {
        if (!mayEditGold(actor)) {
            throw new AccessDeniedException("only instructors and administrators write the gold coding");
        }
    }

    public void requireSeeGold(UserAccount actor, boolean released) {
        if (!maySeeGold(actor, released)) {
            throw new AccessDeniedException("the gold coding of this case is not released yet");
        }
    }

    /** Inter-coder agreement compares everyone's coding: for instructors, researchers and administrators. */
    public boolean mayMeasureAgreement(UserAccount actor) {
        return actor.getRole() == Role.INSTRUCTOR || actor.getRole() == Role.RESEARCHER || actor.getRole() == Role.ADMIN;
    }

    public void requireMeasureAgreement(UserAccount actor) {
        if (!mayMeasureAgreement(actor)) {
            throw new AccessDeniedException("only instructors, researchers and administrators measure agreement");
        }
    }

    public void requireReviewCoding(UserAccount actor) {
        if (!mayReviewCoding(actor)) {
            throw new AccessDeniedException("only instructors and administrators lock and unlock coding");
        }
    }

    public void requireViewProgress(UserAccount actor) {
        if (!mayViewProgress(actor)) {
            throw new AccessDeniedException("students see only their own submission");
        }
    }

    public void requireManage(UserAccount actor, Role target) {
        if (!mayManage(actor, target)) {
            throw new AccessDeniedException(actor.getRole() == Role.INSTRUCTOR
                    ? "instructors manage student accounts only" : "you may not manage accounts");
        }
    }

    /** For account actions whose target role is not known yet (or not to be revealed): refuses roles that manage none. */
    public void requireManageAccounts(UserAccount actor) {
        if (!mayManageAccounts(actor)) {
            throw new AccessDeniedException("you may not manage accounts");
        }
    }

    public void requireManageGroups(UserAccount actor) {
        if (!mayManageGroups(actor)) {
            throw new AccessDeniedException("only instructors and administrators manage groups");
        }
    }

    public void requireEditCodebook(UserAccount actor) {
        if (!mayEditCodebook(actor)) {
            throw new AccessDeniedException("only instructors and administrators may edit the codebook");
        }
    }

    /** Who compares any coder's coding with gold: whoever may see all coding. */
    public boolean mayScoreAnyCoder(UserAccount actor) {
        return maySeeAllCoding(actor);
    }

    /** A student sees their own score only once gold is released, since the score gives away what gold holds. */
    public boolean mayScoreSelf(UserAccount actor, boolean goldReleased) {
        return mayScoreAnyCoder(actor) || goldReleased;
    }

    /** A case in preparation is for the staff who prepare it: instructors, researchers and administrators. */
    public boolean maySeeDraftCases(UserAccount actor) {
        return actor.getRole() == Role.INSTRUCTOR || actor.getRole() == Role.RESEARCHER || actor.getRole() == Role.ADMIN;
    }

    /** Whoever may see drafts brings new cases in (as drafts) and publishes them. */
    public boolean mayImportCases(UserAccount actor) {
        return maySeeDraftCases(actor);
    }

    /**
     * Whose coding an importer may bring in under that coder's name (a REFI-QDA project names its coders): their own,
     * and that of the accounts they manage (administrators anyone's, instructors students'). Other coding is
     * attributed to the importer.
     */
    public boolean mayImportCodingOf(UserAccount importer, UserAccount coder) {
        return mayImportCases(importer)
                && (importer.getUsername().equals(coder.getUsername()) || mayManage(importer, coder.getRole()));
    }

    public void requireImportCases(UserAccount actor) {
        if (!mayImportCases(actor)) {
            throw new AccessDeniedException("only instructors, researchers and administrators import and publish cases");
        }
    }

    /** Backing up the whole database (everyone's coding and accounts) is the administrators' job. */
    public boolean mayBackUp(UserAccount actor) {
        return actor.getRole() == Role.ADMIN;
    }

    /**
     * Who may restore a deleted coder annotation: its author, and instructors and administrators anyone's (gold
     * follows {@link #mayEditGold}).
     */
    public boolean mayRestoreCodingOf(UserAccount actor, UserAccount author) {
        return actor.getId().equals(author.getId()) || mayReviewCoding(actor);
    }

    /** A case's activity list (everyone's changes to its coding, comments, feedback and codebook): instructors and administrators. */
    public boolean mayViewActivity(UserAccount actor) {
        return actor.getRole() == Role.INSTRUCTOR || actor.getRole() == Role.ADMIN;
    }

    public void requireViewActivity(UserAccount actor) {
        if (!mayViewActivity(actor)) {
            throw new AccessDeniedException("only instructors and administrators read a case's activity");
        }
    }

    /** The signed-in user, for views that ask before they offer an action. */
    public UserAccount me() {
        return currentUser.require();
    }

    /** The sign-in audit log names accounts and addresses: administrators only. */
    public boolean mayReadAuditLog(UserAccount actor) {
        return actor.getRole() == Role.ADMIN;
    }
}
