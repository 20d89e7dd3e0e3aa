package app.kasus.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import app.kasus.testsupport.VaadinSelect;
import com.microsoft.playwright.Locator;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An administrator finds a failed sign-in in the sign-in log by the name typed and by its outcome; a student has no
 * link to the log and cannot open it.
 */
@KasusIntegrationTest
class SignInsE2E extends BrowserTest {

    private static final String ADMIN = "e2e-sign-ins-admin";
    private static final String PASSWORD = "e2e-sign-ins-secret";

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private ApiFixtures fixtures;
    private final List<String> names = new ArrayList<>();

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, PASSWORD, "E2E Sign-in Log Admin", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, PASSWORD));
    }

    @AfterEach
    void tearDown() {
        names.forEach(name -> jdbc.update("delete from sign_in_event where username = ?", name));
        fixtures.cleanUp();
    }

    @Test
    void anAdministratorFindsAFailedSignInByNameAndOutcome() {
        String student = student("e2e-guessed");
        assertThat(ApiClient.as(port, student, "not-the-password-42").get("/api/cases").status()).isEqualTo(401);

        BrowserSignIn.open(page, base(), ADMIN, PASSWORD, "/");
        page.locator("#nav-sign-ins").click();
        Locator grid = page.locator("#sign-ins-grid");
        assertThat(grid).isVisible();
        page.locator("#sign-ins-username input").fill(student);
        assertThat(cell(grid, student)).hasCount(1);
        assertThat(cell(grid, "Wrong user name or password")).hasCount(1);
        assertThat(cell(grid, "Signed in")).hasCount(0);

        VaadinSelect.choose(page, page.locator("#sign-ins-outcome"), "Signed in");
        assertThat(cell(grid, student)).hasCount(0);
        assertThat(grid).containsText("No sign-in attempt matches.");
        VaadinSelect.choose(page, page.locator("#sign-ins-outcome"), "Wrong user name or password");
        assertThat(cell(grid, student)).hasCount(1);
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void aStudentHasNoLinkToTheLogAndCannotOpenIt() {
        String student = student("e2e-nosy");
        BrowserSignIn.open(page, base(), student, ApiFixtures.OWN_PASSWORD, "/");
        assertThat(page.locator("#nav-account")).isVisible();
        assertThat(page.locator("#nav-sign-ins")).hasCount(0);
        page.navigate(base() + "/admin/sign-ins");
        // Vaadin answers a view the user may not open as a route it cannot navigate to (details in dev mode only).
        assertThat(page.getByText("Could not navigate to")).isVisible();
        assertThat(page.locator("#sign-ins-grid")).hasCount(0);
    }

    /** A visible cell showing exactly {@code text} (the grid keeps spare rows, hidden, for reuse). */
    private static Locator cell(Locator grid, String text) {
        return grid.getByText(text, new Locator.GetByTextOptions().setExact(true))
                .filter(new Locator.FilterOptions().setVisible(true));
    }

    /** A new student who has chosen their own password; their attempts are removed with them. */
    private String student(String prefix) {
        String name = ApiFixtures.unique(prefix);
        names.add(name);
        fixtures.passwordCoder(name, "student");
        return name;
    }

}
