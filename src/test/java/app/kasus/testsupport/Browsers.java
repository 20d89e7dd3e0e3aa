package app.kasus.testsupport;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** Starts the browser for Playwright tests: the system Chromium where installed (no download possible there). */
public final class Browsers {

    private static final Path SYSTEM_CHROMIUM = Paths.get("/usr/bin/chromium");

    private Browsers() {
    }

    public static Browser launch(Playwright pw) {
        if (Files.exists(SYSTEM_CHROMIUM)) {
            return pw.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(SYSTEM_CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run")));
        }
        return pw.chromium().launch();
    }
}
