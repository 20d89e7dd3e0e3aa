package app.kasus.security.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.CasePage;
import app.kasus.annotation.ui.KasusPages.LoginPage;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * Under the Content-Security-Policy the application still signs in, loads and codes, and the browser refuses nothing
 * of its own; an inline script injected into the page (as a cross-site scripting attack would) does not run.
 */
@KasusIntegrationTest
class ContentSecurityPolicyE2E extends BrowserTest {

    private static final String WORD = "Yongbyon";

    @Test
    void appCodesUnderThePolicyWithoutViolations() {
        List<String> violations = new CopyOnWriteArrayList<>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                violations.add(message.text());
            }
        });
        page.onPageError(error -> violations.add("page error: " + error));

        Response login = page.navigate(base() + "/login");
        String policy = login.headers().get("content-security-policy");
        assertThat(policy).contains("default-src 'self'").containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]{16,}'");
        assertThat(policy.replaceAll("style-src[^;]*", "")).doesNotContain("'unsafe-inline'");
        new LoginPage(page, base()).open().signIn("student1", "kasus-demo");
        page.waitForURL(base() + "/");
        CasePage casePage = new CasePage(page).openFromList("Hanoi");
        Locator passage = casePage.passageContaining(WORD);
        int before = casePage.highlights(passage).count();

        casePage.selectWithMouse(passage, WORD);
        casePage.chooseCode("Concession");
        casePage.choose("coding-actor", "DPRK");
        casePage.choose("coding-addressee", "US");
        casePage.choose("coding-stage", "1 · Unilateral accommodation");
        casePage.save();
        assertThat(casePage.highlights(passage)).hasCount(before + 1);

        casePage.highlights(passage).last().click();
        casePage.delete();
        assertThat(casePage.highlights(passage)).hasCount(before);

        assertThat(violations).isEmpty();

        Object ran = page.evaluate("""
                () => new Promise(resolve => {
                    const injected = document.createElement('script');
                    injected.textContent = 'window.kasusInjectedScriptRan = true';
                    document.body.appendChild(injected);
                    setTimeout(() => resolve(window.kasusInjectedScriptRan === true), 100);
                })""");
        assertThat(ran).isEqualTo(false);
        page.waitForCondition(() -> !violations.isEmpty());
        assertThat(violations).anyMatch(v -> v.contains("script-src"));
    }
}
