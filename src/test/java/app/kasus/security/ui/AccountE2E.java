package app.kasus.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kasus.annotation.ui.KasusPages.LoginPage;
import app.kasus.security.AccountService;
import app.kasus.security.NewAccount;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import app.kasus.testsupport.SignedIn;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A new student's first sign-in with a one-time password, and a disabled student's open page. */
@KasusIntegrationTest
class AccountE2E extends BrowserTest {

    private static final String ADMIN = "e2e-account-admin";
    private static final String STUDENT = "e2e-account-student";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    String oneTimePassword;

    @BeforeEach
    void createStudent() {
        accounts.ensureAccount(ADMIN, "admin-password-e2e", "E2E Admin", Role.ADMIN);
        oneTimePassword = SignedIn.as(users, ADMIN,
                () -> accounts.create(new NewAccount(STUDENT, "Siti Rahma", Role.STUDENT))).oneTimePassword();
    }

    @AfterEach
    void deleteStudent() {
        SignedIn.run(users, ADMIN, () -> accounts.delete(STUDENT));
    }

    private AccountPage account() {
        return new AccountPage(page);
    }

    @Test
    void firstSignInWithAOneTimePasswordForcesAPasswordOfOnesOwn() {
        new LoginPage(page, base()).open().signIn(STUDENT, oneTimePassword);
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(account().title()).hasText("Choose your own password");
        Accessibility.assertNoSeriousViolations(page);

        // Nothing else opens before the password is chosen, whatever the address says.
        page.navigate(base() + "/");
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(account().title()).hasText("Choose your own password");

        account().change(oneTimePassword, "short", "short");
        assertThat(account().error("password-new")).containsText("10");
        account().change("not-the-one-time", "my-own-password-1", "my-own-password-1");
        assertThat(account().error("password-current")).hasText("This is not your current password.");
        account().change(oneTimePassword, "my-own-password-1", "my-own-password-2");
        assertThat(account().error("password-repeat")).hasText("The two new passwords differ.");

        account().change(oneTimePassword, "my-own-password-1", "my-own-password-1");
        assertThat(page.locator("a.case-link").first()).isVisible();

        // From now on the one-time password is worthless and the chosen one works.
        BrowserContext other = browser.newContext();
        try {
            Page second = other.newPage();
            new LoginPage(second, base()).open().signIn(STUDENT, oneTimePassword);
            assertThat(new LoginPage(second, base()).errorMessage()).isVisible();
            new LoginPage(second, base()).open().signIn(STUDENT, "my-own-password-1");
            assertThat(second.locator("a.case-link").first()).isVisible();
        } finally {
            other.close();
        }
    }

    @Test
    void disablingAStudentSignsOutTheirOpenPageAtOnce() {
        String password = "student-own-password";
        signInAndChoosePassword(password);
        assertThat(page.locator("a.case-link").first()).isVisible();

        SignedIn.run(users, ADMIN, () -> accounts.disable(STUDENT));

        // Pushed there, or reloaded there when a request of the page's own ended the session first: either way the
        // sign-in page says why.
        assertThat(page).hasURL(Pattern.compile(".*/login(\\?signed-out)?$"));
        assertThat(page.locator("#signed-out-notice")).isVisible();
        new LoginPage(page, base()).signIn(STUDENT, password);
        assertThat(new LoginPage(page, base()).errorMessage()).isVisible();

        SignedIn.run(users, ADMIN, () -> accounts.enable(STUDENT));
        new LoginPage(page, base()).open().signIn(STUDENT, password);
        assertThat(page.locator("a.case-link").first()).isVisible();
    }

    @Test
    void aPasswordResetEndsTheOpenSessionAndAsksForANewPasswordAgain() {
        signInAndChoosePassword("student-own-password");
        String reset = SignedIn.as(users, ADMIN, () -> accounts.resetPassword(STUDENT)).oneTimePassword();

        assertThat(page).hasURL(Pattern.compile(".*/login(\\?signed-out)?$"));
        assertThat(page.locator("#signed-out-notice")).isVisible();
        new LoginPage(page, base()).signIn(STUDENT, reset);
        assertThat(account().title()).hasText("Choose your own password");
    }

    @Test
    void theAccountPageChangesThePasswordOfASignedInUser() {
        signInAndChoosePassword("student-own-password");
        page.locator("#nav-account").click();
        assertThat(account().title()).hasText("My account");
        assertThat(page.locator(".account-facts")).containsText(STUDENT);
        assertThat(page.locator(".account-facts")).containsText("Siti Rahma");
        account().change("student-own-password", "a-better-password", "a-better-password");
        assertThat(page.locator("vaadin-notification-card")).containsText("Password changed.");
        assertThat(account().title()).hasText("My account");
    }

    private void signInAndChoosePassword(String password) {
        new LoginPage(page, base()).open().signIn(STUDENT, oneTimePassword);
        assertThat(account().title()).hasText("Choose your own password");
        account().change(oneTimePassword, password, password);
        assertThat(page.locator("a.case-link").first()).isVisible();
    }

    /** The account page, in the words of the form. */
    static final class AccountPage {
        private final Page page;

        AccountPage(Page page) {
            this.page = page;
        }

        com.microsoft.playwright.Locator title() {
            return page.locator(".account-view h1");
        }

        void change(String current, String next, String repeat) {
            page.locator("#password-current input").fill(current);
            page.locator("#password-new input").fill(next);
            page.locator("#password-repeat input").fill(repeat);
            page.locator("#password-save").click();
        }

        com.microsoft.playwright.Locator error(String fieldId) {
            return page.locator("#" + fieldId + " [slot='error-message']");
        }
    }
}
