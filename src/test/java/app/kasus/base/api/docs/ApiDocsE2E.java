package app.kasus.base.api.docs;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.LoginPage;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A developer opens /api/docs in the browser: signs in, comes back to Swagger UI, and reads the API under its policy. */
@KasusIntegrationTest
class ApiDocsE2E extends BrowserTest {

    private ApiFixtures fixtures;
    private String username;

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(port, ApiClient.as(port, "instructor", "kasus-demo"));
        username = ApiFixtures.unique("e2e-docs");
        fixtures.passwordCoder(username, "student");
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    @Test
    void signInLeadsToSwaggerUiWhichShowsTheApiWithoutViolations() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        page.onPageError(error -> violations.add("page error: " + error));

        page.navigate(base() + ApiDocs.PATH);
        page.waitForURL(Pattern.compile(".*/login$"));
        new LoginPage(page, base()).signIn(username, ApiFixtures.OWN_PASSWORD);
        page.waitForURL(Pattern.compile(".*" + Pattern.quote(ApiDocs.UI) + ".*"));

        // The first request builds the document from every controller, which takes a while on a busy machine.
        assertThat(page.locator(".swagger-ui .info .title")).containsText("Kasus API",
                new LocatorAssertions.ContainsTextOptions().setTimeout(60_000));
        Locator casesTag = page.locator(".opblock-tag[data-tag='Cases']");
        assertThat(casesTag).isVisible();
        assertThat(page.locator(".opblock-tag[data-tag='Annotations']")).isVisible();

        // Open "GET /api/cases" and run it with the page's own session.
        Locator listCases = page.locator(".opblock-get").filter(new Locator.FilterOptions()
                .setHas(page.locator("[data-path='/api/cases']")));
        if (!listCases.isVisible()) {
            casesTag.click();
        }
        listCases.locator(".opblock-summary").click();
        assertThat(listCases.locator(".responses-table")).containsText("401");
        listCases.locator("button.try-out__btn").click();
        Response answer = page.waitForResponse(r -> r.url().endsWith("/api/cases"),
                () -> listCases.locator("button.execute").click());
        assertThat(answer.status()).isEqualTo(200);
        assertThat(listCases.locator(".live-responses-table tbody .response-col_status").first()).containsText("200");

        Response ui = page.navigate(base() + ApiDocs.UI);
        assertThat(ui.headers().get("content-security-policy")).contains("script-src 'self';");
        assertThat(page.locator(".swagger-ui .info .title")).containsText("Kasus API");
        assertThat(violations).isEmpty();
    }
}
