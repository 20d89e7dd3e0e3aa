package app.kasus.backup.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** An administrator backs the database up from the Backups page and downloads the backup; others see no link. */
@KasusIntegrationTest
class BackupsE2E extends BrowserTest {

    private static final String ADMIN = "e2e-backup-admin";
    private static final String PASSWORD = "e2e-backup-secret";

    @Autowired
    AccountService accounts;

    @Value("${kasus.backup.dir}")
    Path backupDir;

    private Set<Path> before;

    @BeforeEach
    void rememberBackups() throws IOException {
        accounts.ensureAccount(ADMIN, PASSWORD, "E2E Backup Admin", Role.ADMIN);
        before = backups();
    }

    @AfterEach
    void removeNewBackups() throws IOException {
        for (Path file : backups()) {
            if (!before.contains(file)) {
                Files.delete(file);
            }
        }
    }

    @Test
    void anAdministratorBacksUpAndDownloadsTheBackup() throws IOException {
        BrowserSignIn.open(page, base(), ADMIN, PASSWORD, "/");
        page.locator("#nav-backups").click();
        Locator create = page.locator("#backups-create");
        assertThat(create).hasText("Back up now");
        create.click();
        assertThat(page.locator("vaadin-notification-card").filter(new Locator.FilterOptions().setHasText("written")))
                .isVisible();
        Set<Path> made = backups();
        made.removeAll(before);
        assertThat(made).hasSize(1);
        String name = made.iterator().next().getFileName().toString();
        Locator list = page.locator("#backups-list");
        assertThat(list).containsText(name);

        Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Download " + name)).click());
        assertThat(download.suggestedFilename()).isEqualTo(name);
        assertThat(Files.size(download.path())).isPositive();
        Accessibility.assertNoSeriousViolations(page);
    }

    @Test
    void othersSeeNoBackupsLinkAndCannotOpenThePage() {
        BrowserSignIn.open(page, base(), "instructor", "kasus-demo", "/");
        assertThat(page.locator("#nav-groups")).isVisible();
        assertThat(page.locator("#nav-backups")).hasCount(0);
        page.navigate(base() + "/admin/backups");
        assertThat(page.locator("#backups-create")).hasCount(0);
    }


    private Set<Path> backups() throws IOException {
        if (!Files.isDirectory(backupDir)) {
            return new HashSet<>();
        }
        try (Stream<Path> files = Files.list(backupDir)) {
            return new HashSet<>(files.toList());
        }
    }
}
