package app.kasus.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test shares: one browser per class, and a fresh browser context (no cookies, so nobody
 * is signed in) with one page per test. Tests against the running application also get its port; tests of a
 * single element set the page's content themselves.
 */
public abstract class BrowserTest {

    protected static Playwright playwright;
    protected static Browser browser;

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
        playwright.close();
    }

    @BeforeEach
    void openPage() {
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        context.setDefaultTimeout(20_000);
        page = context.newPage();
    }

    @AfterEach
    void closePage() {
        // A page may be mid-navigation when the test ends (the app pushes a signed-out user to the sign-in page);
        // settling every page first keeps Chromium from being asked to dispose of a navigating one.
        for (Page open : context.pages()) {
            try {
                open.navigate("about:blank", new Page.NavigateOptions().setTimeout(10_000));
            } catch (RuntimeException ignored) {
                // Closing follows regardless.
            }
        }
        context.close();
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
