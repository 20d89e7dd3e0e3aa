package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Whose coding an importer may bring in under that coder's name (a REFI-QDA project names its coders). */
class ImportCodingRulesTest {

    private final AccessRules rules = new AccessRules(null);
    private final UserAccount admin = new UserAccount("a", "x", "A", Role.ADMIN);
    private final UserAccount instructor = new UserAccount("i", "x", "I", Role.INSTRUCTOR);
    private final UserAccount otherInstructor = new UserAccount("j", "x", "J", Role.INSTRUCTOR);
    private final UserAccount researcher = new UserAccount("r", "x", "R", Role.RESEARCHER);
    private final UserAccount student = new UserAccount("s", "x", "S", Role.STUDENT);

    @Test
    void administratorsForAnyoneInstructorsForStudentsResearchersForThemselves() {
        assertThat(rules.mayImportCodingOf(admin, instructor)).isTrue();
        assertThat(rules.mayImportCodingOf(admin, student)).isTrue();
        assertThat(rules.mayImportCodingOf(instructor, student)).isTrue();
        assertThat(rules.mayImportCodingOf(instructor, instructor)).isTrue();
        assertThat(rules.mayImportCodingOf(instructor, otherInstructor)).isFalse();
        assertThat(rules.mayImportCodingOf(instructor, researcher)).isFalse();
        assertThat(rules.mayImportCodingOf(researcher, researcher)).isTrue();
        assertThat(rules.mayImportCodingOf(researcher, student)).isFalse();
        // Students import nothing, not even their own coding.
        assertThat(rules.mayImportCodingOf(student, student)).isFalse();
    }
}
