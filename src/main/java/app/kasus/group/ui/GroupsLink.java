package app.kasus.group.ui;

import app.kasus.base.ui.TopBarLink;
import app.kasus.security.AccessRules;
import org.springframework.stereotype.Component;

/** Those who form seminar groups (instructors, administrators) find the groups page in the top bar. */
@Component
class GroupsLink implements TopBarLink {

    private final AccessRules access;

    GroupsLink(AccessRules access) {
        this.access = access;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String path() {
        return "groups";
    }

    @Override
    public String labelKey() {
        return "layout.groups";
    }

    @Override
    public String id() {
        return "nav-groups";
    }

    @Override
    public boolean visibleToCurrentUser() {
        return access.mayManageGroups(access.me());
    }
}
