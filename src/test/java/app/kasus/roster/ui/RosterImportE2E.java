package app.kasus.roster.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ui.KasusPages.LoginPage;
import app.kasus.group.GroupService;
import app.kasus.roster.ui.UsersPages.RosterImportPage;
import app.kasus.roster.ui.UsersPages.UsersPage;
import app.kasus.security.AccountService;
import app.kasus.security.NewAccount;
import app.kasus.security.Role;
import app.kasus.security.UserAccountRepository;
import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Onboarding a class from a roster file in the browser: a file with a bad line is previewed with its error and
 * cannot be imported; a good one (BOM, semicolons, as a spreadsheet in a comma-decimal locale saves it) creates
 * the accounts and the new group, and the page hands out the one-time passwords as a CSV download.
 */
@KasusIntegrationTest
class RosterImportE2E extends BrowserTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    AccountService accounts;
    @Autowired
    GroupService groups;
    @Autowired
    UserAccountRepository repository;

    Fixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new Fixtures(userDetails, accounts, groups, repository);
    }

    @AfterEach
    void removeFixtures() {
        fixtures.cleanUp();
    }

    private RosterImportPage signInAndOpenImport() {
        BrowserSignIn.open(page, base(), "instructor", "kasus-demo", "/");
        return new UsersPage(page).openFromTopBar().openImport();
    }

    @Test
    void aBadLineBlocksTheImportAndAGoodFileCreatesTheAccountsAndTheirPasswordSheet() throws IOException {
        String first = fixtures.name("e2e-r1");
        String second = fixtures.name("e2e-r2");
        String group = "E2E Roster " + fixtures.name("g");
        List.of(first, second).forEach(fixtures::willRemove);
        fixtures.willRemoveGroup(group);

        RosterImportPage roster = signInAndOpenImport();
        assertThat(page.locator("#roster-format")).containsText("username,display_name,group");
        assertThat(page.locator("#roster-format")).containsText("At most 500 students");

        roster.upload("class.csv", "username,display_name,group\n"
                + first + ",Rina Wulandari," + group + "\n"
                + "Bad Name!,Budi Santoso," + group + "\n");
        assertThat(roster.summary()).hasText("2 students, 1 error, new groups: " + group);
        assertThat(roster.problems()).containsText("Line 3, username");
        assertThat(roster.preview()).containsText("Error:");
        assertThat(roster.preview()).containsText("may contain only");
        assertThat(roster.importButton()).isDisabled();
        assertThat(page.locator("#roster-import-hint")).containsText("Nothing can be imported");
        Accessibility.assertNoSeriousViolations(page);
        assertThat(accounts.find(first)).isEmpty();
        assertThat(groups.exists(group)).isFalse();

        roster.upload("class-fixed.csv", "\uFEFFusername;display_name;group\r\n"
                + first + ";Rina Wulandari;" + group + "\r\n"
                + second + ";\"Budi Santoso; Jr.\";" + group + "\r\n");
        assertThat(roster.summary()).hasText("2 students, no errors, new groups: " + group);
        assertThat(roster.preview()).containsText("Budi Santoso; Jr.");
        assertThat(roster.importButton()).isEnabled();
        roster.importButton().click();
        assertThat(roster.created()).hasText("2 accounts created.");
        // Imported once: the preview and its button are gone, so nothing is imported twice.
        assertThat(roster.importButton()).isHidden();

        Download download = page.waitForDownload(() -> roster.passwords().click());
        assertThat(download.suggestedFilename()).isEqualTo("one-time-passwords.csv");
        String sheet = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(sheet).startsWith("\uFEFFusername,display_name,group,one_time_password");
        Matcher firstLine = Pattern.compile(Pattern.quote(first) + ",Rina Wulandari," + Pattern.quote(group)
                + ",([a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4})").matcher(sheet);
        assertThat(firstLine.find()).as(sheet).isTrue();
        assertThat(sheet).contains(second + ",\"Budi Santoso; Jr.\"," + group + ",");

        assertThat(accounts.find(first).orElseThrow().getRole()).isEqualTo(Role.STUDENT);
        assertThat(accounts.find(second)).isPresent();
        assertThat(groups.byName(group).orElseThrow().members()).containsExactly(first, second);

        // The sheet's password is the real one: the student signs in with it and must choose their own.
        BrowserContext studentContext = browser.newContext();
        try {
            Page student = studentContext.newPage();
            new LoginPage(student, base()).open().signIn(first, firstLine.group(1));
            assertThat(student.locator("#password-current")).isVisible();
        } finally {
            studentContext.close();
        }
    }

    @Test
    void aNameTakenBetweenPreviewAndImportIsShownInThePreviewAndNothingIsStored() {
        String first = fixtures.name("e2e-t1");
        String taken = fixtures.name("e2e-t2");
        String group = "E2E Taken " + fixtures.name("g");
        List.of(first, taken).forEach(fixtures::willRemove);
        fixtures.willRemoveGroup(group);

        RosterImportPage roster = signInAndOpenImport();
        roster.upload("class.csv", "username,display_name,group\n"
                + first + ",Dewi Lestari," + group + "\n" + taken + ",Eko Prasetyo," + group + "\n");
        assertThat(roster.importButton()).isEnabled();
        fixtures.as(fixtures.admin(), () -> accounts.create(new NewAccount(taken, "Someone Quicker", Role.STUDENT)));

        roster.importButton().click();
        assertThat(UsersPages.notification(page, "The roster was not imported")).isVisible();
        assertThat(roster.problems()).containsText("Line 3, username: an account named " + taken + " exists");
        assertThat(roster.importButton()).isDisabled();
        assertThat(accounts.find(first)).isEmpty();
        assertThat(groups.exists(group)).isFalse();
    }
}
