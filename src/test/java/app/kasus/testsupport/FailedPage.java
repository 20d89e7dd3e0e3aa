package app.kasus.testsupport;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * What a browser test's pages showed when it failed: a screenshot and the address and visible text of each page,
 * next to the test reports. A failure seen once in a CI run can then be read instead of guessed at.
 */
final class FailedPage {

    private static final Path FOLDER = Paths.get("target", "e2e-failures");

    private FailedPage() {
    }

    static void record(BrowserContext context, String testName) {
        if (context == null) {
            return;
        }
        int n = 0;
        for (Page page : context.pages()) {
            String name = testName + (n++ == 0 ? "" : "-" + n);
            try {
                Files.createDirectories(FOLDER);
                page.screenshot(new Page.ScreenshotOptions().setPath(FOLDER.resolve(name + ".png")).setFullPage(true)
                        .setTimeout(5_000));
                String text = page.url() + "\n\n" + page.locator("body").innerText(
                        new com.microsoft.playwright.Locator.InnerTextOptions().setTimeout(5_000));
                Files.writeString(FOLDER.resolve(name + ".txt"), text);
                // Also in the build's output, which is all a CI run keeps.
                System.out.println("Failed page " + name + " (" + FOLDER + "): " + text.substring(0,
                        Math.min(text.length(), 2_000)));
            } catch (Exception e) {
                // A page that cannot be pictured leaves the failure itself to speak.
                System.out.println("Failed page " + name + " could not be recorded: " + e.getMessage());
            }
        }
    }
}
