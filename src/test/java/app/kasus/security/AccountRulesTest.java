package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The username and password rules, and who manages whom: the rules forms, roster import and services share. */
class AccountRulesTest {

    @Test
    void usernamesAreFoldedToLowerCaseAndLimitedToADocumentedSet() {
        assertThat(Usernames.normalize("  Jane.Doe ")).isEqualTo("jane.doe");
        assertThat(Usernames.problem("jane.doe@uni.ac.id")).isEmpty();
        assertThat(Usernames.problem("Student_7")).isEmpty();
        assertThat(Usernames.problem("")).contains("must not be empty");
        assertThat(Usernames.problem("a")).contains("must have 2 to 64 characters");
        assertThat(Usernames.problem("x".repeat(65))).contains("must have 2 to 64 characters");
        assertThat(Usernames.problem("jane doe")).hasValueSatisfying(p -> assertThat(p).startsWith("may contain only"));
        assertThat(Usernames.problem(".hidden")).isPresent();
        assertThat(Usernames.problem("<script>")).isPresent();
    }

    @Test
    void passwordsNeedTenCharactersAndFitBcrypt() {
        assertThat(Passwords.problem("123456789")).contains("must have at least 10 characters");
        assertThat(Passwords.problem("1234567890")).isEmpty();
        assertThat(Passwords.problem("          ")).contains("must not be only spaces");
        assertThat(Passwords.problem("é".repeat(37))).contains("must not be longer than 72 bytes");
    }

    @Test
    void oneTimePasswordsAreLongEnoughUnambiguousAndDifferent() {
        String first = Passwords.oneTime();
        assertThat(first).matches("[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}-[a-hj-km-np-z2-9]{4}");
        assertThat(Passwords.problem(first)).isEmpty();
        assertThat(Passwords.oneTime()).isNotEqualTo(first);
    }

    @Test
    void administratorsManageEveryoneInstructorsStudentsOthersNobody() {
        AccessRules rules = new AccessRules(null);
        UserAccount admin = new UserAccount("a", "x", "A", Role.ADMIN);
        UserAccount instructor = new UserAccount("i", "x", "I", Role.INSTRUCTOR);
        UserAccount researcher = new UserAccount("r", "x", "R", Role.RESEARCHER);
        UserAccount student = new UserAccount("s", "x", "S", Role.STUDENT);
        assertThat(rules.manageableRoles(admin)).containsExactlyInAnyOrder(Role.values());
        assertThat(rules.manageableRoles(instructor)).containsExactly(Role.STUDENT);
        assertThat(rules.manageableRoles(researcher)).isEmpty();
        assertThat(rules.manageableRoles(student)).isEmpty();
        assertThat(rules.mayManageGroups(instructor)).isTrue();
        assertThat(rules.mayManageGroups(researcher)).isFalse();
        assertThat(rules.maySeeAllCoding(researcher)).isTrue();
        assertThat(rules.maySeeAllCoding(student)).isFalse();
    }

    @Test
    void draftCasesAreForTheStaffWhoPrepareThemNotForStudents() {
        AccessRules rules = new AccessRules(null);
        for (Role role : Role.values()) {
            UserAccount actor = new UserAccount("u", "x", "U", role);
            assertThat(rules.maySeeDraftCases(actor)).as(role.name()).isEqualTo(role != Role.STUDENT);
            assertThat(rules.mayImportCases(actor)).as(role.name()).isEqualTo(role != Role.STUDENT);
        }
    }
}
