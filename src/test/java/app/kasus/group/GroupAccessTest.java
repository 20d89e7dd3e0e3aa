package app.kasus.group;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.kasus.base.NotFoundException;
import app.kasus.security.AccessFixtures;
import app.kasus.security.Role;
import app.kasus.security.UserAccount;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Each group rule for staff, a member of the group and a student outside it, on a group and on an unknown id. */
class GroupAccessTest {

    private static final long GROUP = 10;
    private static final long UNKNOWN = 11;

    private final SeminarGroupRepository groups = mock(SeminarGroupRepository.class);
    private final GroupAccess access = new GroupAccess(groups, AccessFixtures.rules());

    private final UserAccount admin = account("a", Role.ADMIN, 1);
    private final UserAccount instructor = account("i", Role.INSTRUCTOR, 2);
    private final UserAccount researcher = account("r", Role.RESEARCHER, 3);
    private final UserAccount member = account("m", Role.STUDENT, 4);
    private final UserAccount outsider = account("o", Role.STUDENT, 5);

    GroupAccessTest() {
        when(groups.existsById(GROUP)).thenReturn(true);
        when(groups.existsById(UNKNOWN)).thenReturn(false);
        when(groups.isMember(GROUP, member.getId())).thenReturn(true);
    }

    @Test
    void staffSeeEveryGroupAMemberTheirOwnAnOutsiderNone() {
        for (UserAccount staff : new UserAccount[] {admin, instructor, researcher}) {
            assertThat(access.seesEveryGroup(staff)).isTrue();
            assertThat(access.maySee(staff, GROUP)).isTrue();
            assertThat(access.maySee(staff, UNKNOWN)).isFalse();
        }
        assertThat(access.seesEveryGroup(member)).isFalse();
        assertThat(access.maySee(member, GROUP)).isTrue();
        assertThat(access.maySee(outsider, GROUP)).isFalse();
        assertThat(access.maySee(member, UNKNOWN)).isFalse();
    }

    @Test
    void aGroupOneMayNotSeeIsNotFoundOneSeenButNotManagedIsRefused() {
        assertThatThrownBy(() -> access.requireManageable(outsider, GROUP)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.requireManageable(member, UNKNOWN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.requireManageable(admin, UNKNOWN)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> access.requireManageable(member, GROUP)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.requireManageable(researcher, GROUP)).isInstanceOf(AccessDeniedException.class);
        access.requireManageable(instructor, GROUP);
        access.requireManageable(admin, GROUP);
    }

    @Test
    void instructorsAndAdministratorsFormGroupsAndPlaceOnlyAccountsTheyManage() {
        assertThat(access.mayManage(admin)).isTrue();
        assertThat(access.mayManage(instructor)).isTrue();
        assertThat(access.mayManage(researcher)).isFalse();
        assertThat(access.mayManage(member)).isFalse();
        assertThatThrownBy(() -> access.requireManage(member)).isInstanceOf(AccessDeniedException.class);
        assertThat(access.mayPlace(instructor, member)).isTrue();
        assertThat(access.mayPlace(instructor, researcher)).isFalse();
        assertThat(access.mayPlace(admin, researcher)).isTrue();
        assertThat(access.mayPlace(researcher, member)).isFalse();
    }

    private static UserAccount account(String name, Role role, long id) {
        return AccessFixtures.account(name, role, id);
    }
}
