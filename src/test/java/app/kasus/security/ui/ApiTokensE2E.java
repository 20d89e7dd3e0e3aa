package app.kasus.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.ApiTokens;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.microsoft.playwright.Locator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The API tokens section of <em>My account</em>: a token is created, shown once (and copied), works for a script,
 * is listed without its secret, and stops working when revoked. A student is created for the test and removed.
 */
@KasusIntegrationTest
class ApiTokensE2E extends BrowserTest {

    private static final String ADMIN = "e2e-tokens-admin";
    private static final String ADMIN_PASSWORD = "e2e-tokens-admin-password";

    @Autowired
    AccountService accounts;

    private ApiFixtures fixtures;
    private String student;

    @BeforeEach
    void createStudent() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "E2E Admin (tokens)", Role.ADMIN);
        fixtures = new ApiFixtures(port, ApiClient.as(port, ADMIN, ADMIN_PASSWORD));
        student = ApiFixtures.unique("e2e-tokens");
        // A password account without the token the fixtures usually give their coders: the list starts empty.
        fixtures.passwordCoder(student, "student");
    }

    @AfterEach
    void cleanUp() {
        fixtures.cleanUp();
    }

    @Test
    void aTokenIsShownOnceListedAndRevoked() {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"));
        BrowserSignIn.open(page, base(), student, ApiFixtures.OWN_PASSWORD, "/account");
        Locator section = page.locator("#api-tokens");
        assertThat(section.locator("#api-tokens-empty")).isVisible();
        Accessibility.assertNoSeriousViolations(page);

        page.locator("#token-create").click();
        assertThat(page.locator("#token-name [slot='error-message']")).containsText("name");
        assertThat(page.locator("#issued-token")).isHidden();

        page.locator("#token-name input").fill("nightly export");
        page.locator("#token-days input").fill("7");
        page.locator("#token-create").click();
        Locator dialog = page.locator("vaadin-dialog-overlay[opened]");
        assertThat(dialog).containsText("nightly export");
        Locator secret = page.locator("#issued-token input");
        assertThat(secret).hasValue(java.util.regex.Pattern.compile("^" + ApiTokens.PREFIX + "[A-Za-z0-9_-]{43}$"));
        String token = secret.inputValue();
        Accessibility.assertNoSeriousViolations(page);

        page.locator("#issued-token-copy").click();
        assertThat(page.locator("vaadin-notification-card")).containsText("copied");
        assertThat(page.evaluate("navigator.clipboard.readText()")).isEqualTo(token);

        ApiClient script = ApiClient.bearer(port, token);
        assertThat(script.get("/api/cases").status()).isEqualTo(200);

        page.locator("#issued-token-close").click();
        assertThat(page.locator("#issued-token")).isHidden();
        Locator grid = page.locator("#api-tokens-grid");
        assertThat(grid).containsText("nightly export");
        assertThat(page.locator("body")).not().containsText(token.substring(ApiTokens.PREFIX.length(), 20));
        page.reload();
        assertThat(grid).containsText("nightly export");
        assertThat(page.locator("#issued-token")).isHidden();
        Accessibility.assertNoSeriousViolations(page);

        page.locator(".token-revoke").first().click();
        assertThat(page.locator("#revoke-token-confirm")).isVisible();
        page.locator("#revoke-token-cancel").click();
        assertThat(script.get("/api/cases").status()).as("cancel keeps the token").isEqualTo(200);
        page.locator(".token-revoke").first().click();
        page.locator("#revoke-token-confirm").click();
        assertThat(page.locator("vaadin-notification-card").last()).containsText("revoked");
        assertThat(section.locator("#api-tokens-empty")).isVisible();
        assertThat(script.get("/api/cases").status()).isEqualTo(401);
    }
}
