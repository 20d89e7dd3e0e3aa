package app.kasus.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.kasus.base.NotFoundException;
import app.kasus.security.AccessFixtures;
import app.kasus.security.Role;
import app.kasus.security.UserAccount;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Each case rule for staff and students, on a published case, a draft and a case that does not exist. */
class CaseAccessTest {

    private static final long PUBLISHED = 1;
    private static final long DRAFT = 2;
    private static final long UNKNOWN = 3;

    private final CaseStudyRepository cases = mock(CaseStudyRepository.class);
    private final CaseAccess access = new CaseAccess(cases, AccessFixtures.rules());

    private final UserAccount admin = AccessFixtures.account("a", Role.ADMIN, 1);
    private final UserAccount instructor = AccessFixtures.account("i", Role.INSTRUCTOR, 2);
    private final UserAccount researcher = AccessFixtures.account("r", Role.RESEARCHER, 3);
    private final UserAccount student = AccessFixtures.account("s", Role.STUDENT, 4);

    CaseAccessTest() {
        when(cases.statusOf(PUBLISHED)).thenReturn(Optional.of(CaseStatus.PUBLISHED));
        when(cases.statusOf(DRAFT)).thenReturn(Optional.of(CaseStatus.DRAFT));
        when(cases.statusOf(UNKNOWN)).thenReturn(Optional.empty());
    }

    @Test
    void everyoneReadsAPublishedCaseOnlyStaffADraftNobodyAnUnknownOne() {
        for (UserAccount user : new UserAccount[] {admin, instructor, researcher, student}) {
            assertThat(access.mayRead(user, PUBLISHED)).as(user.getRole().name()).isTrue();
            assertThat(access.mayRead(user, UNKNOWN)).as(user.getRole().name()).isFalse();
            assertThatThrownBy(() -> access.requireReadable(user, UNKNOWN)).isInstanceOf(NotFoundException.class);
        }
        assertThat(access.mayRead(admin, DRAFT)).isTrue();
        assertThat(access.mayRead(instructor, DRAFT)).isTrue();
        assertThat(access.mayRead(researcher, DRAFT)).isTrue();
        assertThat(access.mayRead(student, DRAFT)).isFalse();
        assertThatThrownBy(() -> access.requireReadable(student, DRAFT)).isInstanceOf(NotFoundException.class)
                .hasMessage("no case with id " + DRAFT);
        assertThat(access.readableStatuses(student)).containsExactly(CaseStatus.PUBLISHED);
        assertThat(access.readableStatuses(researcher)).containsExactlyInAnyOrder(CaseStatus.values());
    }

    @Test
    void aDraftAStudentMayNotReadIsNotFoundEvenForWhatTheyMayNotDoAnyway() {
        for (CaseAction action : CaseAction.values()) {
            assertThatThrownBy(() -> access.require(student, DRAFT, action)).as(action.name())
                    .isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> access.require(admin, UNKNOWN, action)).as(action.name())
                    .isInstanceOf(NotFoundException.class);
            assertThat(access.may(admin, UNKNOWN, action)).isFalse();
        }
        assertThat(access.actions(student, DRAFT)).isEmpty();
        assertThat(access.actions(admin, UNKNOWN)).isEmpty();
    }

    @Test
    void aStudentReadsAndCodesAPublishedCaseButIsRefusedEveryStaffAction() {
        assertThat(access.actions(student, PUBLISHED)).isEmpty();
        for (CaseAction action : CaseAction.values()) {
            assertThatThrownBy(() -> access.require(student, PUBLISHED, action)).as(action.name())
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(access.mayCreate(student)).isFalse();
        assertThatThrownBy(() -> access.requireCreate(student)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void researchersPrepareCasesAndCompareCodersButNeitherWriteGoldNorLockNorReadActivity() {
        assertThat(access.actions(researcher, DRAFT)).containsExactlyInAnyOrder(CaseAction.CHANGE,
                CaseAction.VIEW_PROGRESS, CaseAction.MEASURE_AGREEMENT, CaseAction.REVIEW_DISAGREEMENTS);
        assertThat(access.mayCreate(researcher)).isTrue();
        assertThatThrownBy(() -> access.require(researcher, PUBLISHED, CaseAction.WRITE_GOLD))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.require(researcher, PUBLISHED, CaseAction.REVIEW_CODING))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void instructorsAndAdministratorsMayDoEverythingWithEveryCaseTheyRead() {
        for (UserAccount user : new UserAccount[] {admin, instructor}) {
            assertThat(access.actions(user, DRAFT)).isEqualTo(EnumSet.allOf(CaseAction.class));
            assertThat(access.actions(user, PUBLISHED)).isEqualTo(EnumSet.allOf(CaseAction.class));
            for (CaseAction action : CaseAction.values()) {
                access.require(user, DRAFT, action);
                assertThat(access.may(user, PUBLISHED, action)).isTrue();
            }
        }
    }

    @Test
    void goldIsStaffsWheneverTheyReadTheCaseAndStudentsOnceReleased() {
        assertThat(access.maySeeGold(researcher, DRAFT, false)).isTrue();
        assertThat(access.maySeeGold(student, PUBLISHED, false)).isFalse();
        assertThat(access.maySeeGold(student, PUBLISHED, true)).isTrue();
        assertThat(access.maySeeGold(student, DRAFT, true)).isFalse();
        assertThat(access.maySeeGold(admin, UNKNOWN, true)).isFalse();
        assertThatThrownBy(() -> access.requireGoldReadable(student, PUBLISHED, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> access.requireGoldReadable(student, DRAFT, true))
                .isInstanceOf(NotFoundException.class);
        access.requireGoldReadable(student, PUBLISHED, true);
        access.requireGoldReadable(instructor, DRAFT, false);
    }
}
