package app.kasus.roster.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.LoginPage;
import app.kasus.group.GroupService;
import app.kasus.roster.ui.UsersPages.NewAccountDialog;
import app.kasus.roster.ui.UsersPages.UsersPage;
import app.kasus.security.AccountService;
import app.kasus.security.UserAccount;
import app.kasus.security.UserAccountRepository;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Managing accounts in the browser: an instructor creates a student who then signs in with the one-time
 * password; an administrator disables, re-enables, resets and deletes accounts, and an account with coding is
 * disabled instead of deleted. Each test makes its own accounts and removes them again.
 */
@KasusIntegrationTest
class UsersE2E extends BrowserTest {

    private static final Pattern ONE_TIME = Pattern.compile("[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}");

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AccountService accounts;
    @Autowired
    GroupService groups;
    @Autowired
    UserAccountRepository repository;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(userDetails, accounts, groups, repository);
    }

    @AfterEach
    void removeFixtures() {
        fixtures.cleanUp();
    }

    private UsersPage signInAndOpenUsers(Page in, String username, String password) {
        BrowserSignIn.open(in, base(), username, password, "/");
        return new UsersPage(in).openFromTopBar();
    }

    @Test
    void anInstructorCreatesAStudentWhoSignsInWithTheOneTimePassword() {
        String group = fixtures.group("Group");
        String username = fixtures.name("e2e-new");
        fixtures.willRemove(username);

        UsersPage users = signInAndOpenUsers(page, "instructor", "kasus-demo");
        assertThat(page).hasURL(Pattern.compile(".*/users$"));
        NewAccountDialog dialog = users.openNewAccount();
        // Instructors manage students only, and Student is chosen from the start.
        assertThat(dialog.role()).containsText("Student");
        Locator roles = dialog.openRoles();
        assertThat(roles).hasCount(1);
        assertThat(roles.first()).hasText("Student");
        dialog.chooseRole(roles.first());
        assertThat(dialog.field("new-username")).containsText("letters a-z, digits and . _ - @");
        dialog.fill(username.toUpperCase(), "Siti Nurhaliza").addGroup(group).save();

        assertThat(users.oneTimePassword()).isVisible();
        String oneTimePassword = users.oneTimePassword().textContent().strip();
        assertThat(oneTimePassword).matches(ONE_TIME);
        assertThat(page.getByText("The one-time password of Siti Nurhaliza (" + username + ")")).isVisible();
        users.closeOneTimePassword();
        // Shown once: closed, it is gone from the page.
        assertThat(page.getByText(oneTimePassword)).hasCount(0);

        users.filter(username);
        assertThat(users.cell(username)).isVisible();
        assertThat(users.cell(group)).isVisible();
        assertThat(users.cell("Must choose a password")).isVisible();
        UserAccount stored = accounts.find(username).orElseThrow();
        assertThat(stored.mustChangePassword()).isTrue();

        BrowserContext studentContext = browser.newContext();
        try {
            Page student = studentContext.newPage();
            new LoginPage(student, base()).open().signIn(username, oneTimePassword);
            // Whatever the student opens, the account page comes first until they choose a password.
            assertThat(student.locator("#password-current")).isVisible();
            student.locator("#password-current input").fill(oneTimePassword);
            student.locator("#password-new input").fill("my-own-password-1");
            student.locator("#password-repeat input").fill("my-own-password-1");
            student.locator("#password-save").click();
            assertThat(student.locator("a.case-link").first()).isVisible();
            assertThat(student).hasURL(base() + "/");
            // A student has no accounts page to go to.
            assertThat(student.locator("#nav-users")).hasCount(0);
        } finally {
            studentContext.close();
        }
        assertThat(accounts.find(username).orElseThrow().mustChangePassword()).isFalse();
    }

    @Test
    void theFormNamesWhatIsWrongAtTheField() {
        String taken = fixtures.student("e2e-taken");
        UsersPage users = signInAndOpenUsers(page, "instructor", "kasus-demo");
        NewAccountDialog dialog = users.openNewAccount();
        dialog.fill("no spaces allowed", "");
        dialog.save();
        assertThat(dialog.field("new-username")).hasAttribute("invalid", "");
        assertThat(dialog.field("new-username")).containsText("Use 2 to 64 characters");
        assertThat(dialog.field("new-display-name")).hasAttribute("invalid", "");

        dialog.fill(taken, "Someone Else");
        dialog.save();
        assertThat(dialog.field("new-username")).containsText("An account named " + taken + " exists already.");
        assertThat(users.oneTimePassword()).hasCount(0);
    }

    @Test
    void disablingSendsTheStudentsOpenPageToTheLoginPageAndEnablingLetsThemBackIn() {
        String admin = fixtures.admin();
        String student = fixtures.student("e2e-dis");
        BrowserContext studentContext = browser.newContext();
        try {
            Page studentPage = studentContext.newPage();
            BrowserSignIn.open(studentPage, base(), student, Fixtures.PASSWORD, "/");
            assertThat(studentPage.locator("a.case-link").first()).isVisible();

            UsersPage users = signInAndOpenUsers(page, admin, Fixtures.PASSWORD).select(student);
            assertThat(users.toggle()).hasText("Disable");
            users.toggle().click();
            assertThat(UsersPages.notification(page, student + " is disabled")).isVisible();
            assertThat(users.cell("Disabled")).isVisible();
            assertThat(users.toggle()).hasText("Enable");

            // The student's page is told at once (push) and ends on the login page.
            studentPage.waitForURL(Pattern.compile(".*/login.*"));
            assertThat(studentPage.locator("#signed-out-notice")).isVisible();
            new LoginPage(studentPage, base()).signIn(student, Fixtures.PASSWORD);
            assertThat(studentPage.getByText("The username or password is not correct")).isVisible();
            assertThat(studentPage).hasURL(Pattern.compile(".*/login\\?error.*"));

            users.toggle().click();
            assertThat(UsersPages.notification(page, student + " can sign in again")).isVisible();
            assertThat(users.cell("Active")).isVisible();
            BrowserSignIn.open(studentPage, base(), student, Fixtures.PASSWORD, "/");
            assertThat(studentPage.locator("a.case-link").first()).isVisible();
        } finally {
            studentContext.close();
        }
    }

    @Test
    void anAdministratorResetsAPasswordThenDeletesTheAccountButNotTheirOwn() {
        String admin = fixtures.admin();
        String student = fixtures.student("e2e-res");
        UsersPage users = signInAndOpenUsers(page, admin, Fixtures.PASSWORD);

        users.select(admin);
        assertThat(page.locator("#users-selection")).containsText("is your own account");
        assertThat(users.toggle()).isDisabled();
        assertThat(users.reset()).isDisabled();
        assertThat(users.delete()).isDisabled();

        users.select(student);
        assertThat(users.reset()).isEnabled();
        users.reset().click();
        assertThat(page.locator("#reset-dialog-text")).containsText("signed out");
        users.confirm("reset-dialog");
        assertThat(users.oneTimePassword()).hasText(ONE_TIME);
        users.closeOneTimePassword();
        assertThat(users.cell("Must choose a password")).isVisible();
        assertThat(accounts.find(student).orElseThrow().mustChangePassword()).isTrue();

        users.delete().click();
        users.confirm("delete-dialog");
        assertThat(UsersPages.notification(page, "The account " + student + " is deleted.")).isVisible();
        assertThat(users.cell(student)).hasCount(0);
        assertThat(page.locator("#users-grid")).containsText("No account matches");
        assertThat(accounts.find(student)).isEmpty();
    }

    @Test
    void anAccountWithCodingIsDisabledInsteadOfDeleted() {
        String admin = fixtures.admin();
        String student = fixtures.student("e2e-cod");
        ApiClient api = ApiClient.as(port, student, Fixtures.PASSWORD);
        long caseId = api.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode passage = api.get("/api/cases/" + caseId + "/passages").json().get(0);
        ApiClient.Response created = api.post("/api/cases/" + caseId + "/annotations", Map.of(
                "passageId", passage.get("id").asLong(), "start", 0, "end", 5, "code", "concession",
                "actor", "US", "addressee", "DPRK", "stage", 1));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long annotation = created.json().get("id").asLong();
        try {
            UsersPage users = signInAndOpenUsers(page, admin, Fixtures.PASSWORD).select(student);
            users.delete().click();
            users.confirm("delete-dialog");
            assertThat(page.locator("#delete-refused-text")).containsText("has coded passages");
            users.confirm("delete-refused");
            assertThat(users.cell("Disabled")).isVisible();
            assertThat(accounts.find(student).orElseThrow().isEnabled()).isFalse();
        } finally {
            fixtures.as(admin, () -> accounts.enable(student));
            api.delete("/api/annotations/" + annotation);
        }
    }

    @Test
    void aKeyboardUserSelectsAnAccountAndDisablesIt() {
        String student = fixtures.student("e2e-key");
        UsersPage users = signInAndOpenUsers(page, "instructor", "kasus-demo").filter(student);
        assertThat(users.cell(student)).isVisible();
        // From the last control before the list: Tab to the header, Tab into the rows, Space selects the row.
        page.locator("#import-roster").focus();
        page.keyboard().press("Tab");
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        assertThat(page.locator("#users-selection")).containsText(student);
        // Back to the buttons above the list; the disabled ones before the selection are now enabled.
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Shift+Tab");
        page.keyboard().press("Shift+Tab");
        assertThat(users.toggle()).isFocused();
        page.keyboard().press("Enter");
        assertThat(users.cell("Disabled")).isVisible();
        assertThat(accounts.find(student).orElseThrow().isEnabled()).isFalse();
    }

    @Test
    void theUsersPageAndTheNewAccountDialogHaveNoSeriousAccessibilityProblems() {
        UsersPage users = signInAndOpenUsers(page, fixtures.admin(), Fixtures.PASSWORD);
        assertThat(users.cell("student1")).isVisible();
        Accessibility.assertNoSeriousViolations(page);
        users.openNewAccount();
        Accessibility.assertNoSeriousViolations(page);
    }
}
