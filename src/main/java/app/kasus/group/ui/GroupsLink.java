package app.kasus.group.ui;

import app.kasus.base.ui.TopBarLink;
import app.kasus.group.GroupAccess;
import app.kasus.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Those who form seminar groups (instructors, administrators) find the groups page in the top bar. */
@Component
class GroupsLink implements TopBarLink {

    private final GroupAccess access;
    private final CurrentUser currentUser;

    GroupsLink(GroupAccess access, CurrentUser currentUser) {
        this.access = access;
        this.currentUser = currentUser;
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
        return access.mayManage(currentUser.require());
    }
}
