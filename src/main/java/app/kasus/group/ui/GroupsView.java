package app.kasus.group.ui;

import app.kasus.group.GroupService;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Where instructors form the seminar groups of their class: create, rename and delete groups and choose their
 * members. Groups only say who belongs together; no coding hangs on them.
 */
@Route("groups")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class GroupsView extends Main implements HasDynamicTitle {

    GroupsView(GroupService groups, AccountService accounts) {
        addClassName("groups-view");
        Paragraph intro = new Paragraph(getTranslation("groups.intro"));
        intro.addClassName("groups-intro");
        add(new H1(getTranslation("groups.title")), intro, new GroupsEditor(groups, accounts));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("groups.title") + " \u00b7 Kasus";
    }
}
