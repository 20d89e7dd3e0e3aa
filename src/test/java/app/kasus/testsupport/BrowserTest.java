package app.kasus.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
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

    /**
     * Closes the browser side right after the test, before the test class's own {@code @AfterEach} removes its data:
     * deleting a signed-in account pushes that user's open page to the sign-in page, and Chromium asked to dispose
     * of a page the server is navigating at that moment could hang for minutes.
     */
    @RegisterExtension
    final AfterTestExecutionCallback closeBrowserFirst = extension -> {
        if (extension.getExecutionException().isPresent()) {
            FailedPage.record(context, extension.getRequiredTestClass().getSimpleName() + "."
                    + extension.getRequiredTestMethod().getName());
        }
        closePage();
    };

    @AfterEach
    void closePage() {
        if (context == null) {
            return;
        }
        // A page may still be mid-navigation when the test ends; settling every page first keeps Chromium from
        // being asked to dispose of a navigating one.
        for (Page open : context.pages()) {
            try {
                open.navigate("about:blank", new Page.NavigateOptions().setTimeout(10_000));
            } catch (RuntimeException ignored) {
                // Closing follows regardless.
            }
        }
        BrowserContext closing = context;
        context = null;
        closing.close();
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
