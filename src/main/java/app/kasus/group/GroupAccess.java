package app.kasus.group;

import app.kasus.base.NotFoundException;
import app.kasus.security.AccessRules;
import app.kasus.security.UserAccount;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may see and manage seminar groups: the one place the group rules meet, asked by {@link GroupService},
 * {@link CodingVisibility} and the group pages. Staff see every group; a student sees the groups they are in. Groups
 * are formed by those {@link AccessRules#mayManageGroups} admits, and they place only accounts they manage. A group
 * the user may not see is "not found" whether it exists or not; one they see but may not change is refused (403).
 */
@Component
public class GroupAccess {

    private final SeminarGroupRepository groups;
    private final AccessRules rules;

    GroupAccess(SeminarGroupRepository groups, AccessRules rules) {
        this.groups = groups;
        this.rules = rules;
    }

    /** Staff see every group (and so everyone's coding); students only their own groups. */
    public boolean seesEveryGroup(UserAccount user) {
        return rules.maySeeAllCoding(user);
    }

    /** Whether the group exists and the user sees it: staff any, a student one they are a member of. */
    @Transactional(readOnly = true)
    public boolean maySee(UserAccount user, long groupId) {
        return seesEveryGroup(user) ? groups.existsById(groupId) : groups.isMember(groupId, user.getId());
    }

    /** Whether the user forms groups at all (creates them, offered the groups page). */
    public boolean mayManage(UserAccount user) {
        return rules.mayManageGroups(user);
    }

    /** Refused (403) to those who form no groups; for acts on no particular group (creating one, enrolling a roster). */
    public void requireManage(UserAccount user) {
        rules.requireManageGroups(user);
    }

    /** Not found when the user may not see the group; refused (403) when they see it but do not manage groups. */
    @Transactional(readOnly = true)
    public void requireManageable(UserAccount user, long groupId) {
        if (!maySee(user, groupId)) {
            throw new NotFoundException("no group " + groupId);
        }
        requireManage(user);
    }

    /** Whether the manager may place this account in a group: only accounts they manage (instructors: students). */
    public boolean mayPlace(UserAccount manager, UserAccount member) {
        return mayManage(manager) && rules.mayManage(manager, member.getRole());
    }
}
