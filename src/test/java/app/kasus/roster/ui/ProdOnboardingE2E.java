package app.kasus.roster.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.Application;
import app.kasus.roster.ui.UsersPages.NewAccountDialog;
import app.kasus.roster.ui.UsersPages.RosterImportPage;
import app.kasus.roster.ui.UsersPages.UsersPage;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.Browsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The "done when", on the production profile with nothing but the administrator: the administrator creates
 * an instructor, the instructor onboards a class from a roster file into groups, and a student signs in with the
 * one-time password and sets their own. Its own application and database, started as a deployer would.
 */
class ProdOnboardingE2E {

    private static final String ADMIN_PASSWORD = "prod-admin-secret-e2e";
    private static final String ONE_TIME = "[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}";

    private static ConfigurableApplicationContext app;
    private static Playwright playwright;
    private static Browser browser;
    private static String base;
    private final List<BrowserContext> contexts = new ArrayList<>();

    @BeforeAll
    static void start() {
        app = new SpringApplicationBuilder(Application.class).profiles("prod").run("--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:prod-onboarding;DB_CLOSE_DELAY=-1",
                "--vaadin.launch-browser=false", "--kasus.admin.password=" + ADMIN_PASSWORD);
        base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
        playwright = Playwright.create();
        browser = Browsers.launch(playwright);
    }

    @AfterAll
    static void stop() {
        browser.close();
        playwright.close();
        app.close();
    }

    private Page freshPage() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)
                .setAcceptDownloads(true));
        context.setDefaultTimeout(30_000);
        contexts.add(context);
        return context.newPage();
    }

    @Test
    void anAdministratorsInstructorOnboardsAClassWhoseStudentsChooseTheirOwnPasswords() throws Exception {
        // The administrator creates an instructor.
        Page admin = freshPage();
        BrowserSignIn.open(admin, base, "admin", ADMIN_PASSWORD, "/");
        UsersPage adminUsers = new UsersPage(admin).openFromTopBar();
        NewAccountDialog dialog = adminUsers.openNewAccount().fill("dr.wulan", "Dr. Wulan Sari");
        dialog.chooseRole(dialog.openRoles().filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("Instructor")));
        dialog.save();
        String instructorPassword = adminUsers.oneTimePassword().textContent().strip();
        assertThat(instructorPassword).matches(ONE_TIME);

        // The instructor signs in with it, must choose a password, then imports the class.
        Page instructor = freshPage();
        new app.kasus.annotation.ui.KasusPages.LoginPage(instructor, base).open().signIn("dr.wulan", instructorPassword);
        choosePassword(instructor, instructorPassword, "wulan-teaches-ir");
        RosterImportPage roster = new UsersPage(instructor).openFromTopBar().openImport();
        roster.upload("seminar.csv", "\uFEFFusername;display_name;group\r\n"
                + "rina.w;Rina Wulandari;Seminar Kupchan 1\r\n"
                + "budi.s;Budi Santoso;Seminar Kupchan 1\r\n"
                + "ayu;Ayu Lestari;Seminar Kupchan 2\r\n");
        assertThat(roster.summary()).hasText("3 students, no errors, new groups: Seminar Kupchan 1, Seminar Kupchan 2");
        roster.importButton().click();
        assertThat(roster.created()).hasText("3 accounts created.");
        Download download = instructor.waitForDownload(() -> roster.passwords().click());
        String sheet = Files.readString(download.path(), StandardCharsets.UTF_8);
        Matcher ayu = Pattern.compile("ayu,Ayu Lestari,Seminar Kupchan 2,(" + ONE_TIME + ")").matcher(sheet);
        assertThat(ayu.find()).as(sheet).isTrue();

        JsonNode groups = ApiClient.as(Integer.parseInt(base.substring(base.lastIndexOf(':') + 1)), "dr.wulan",
                "wulan-teaches-ir").get("/api/groups").json();
        assertThat(groups.findValuesAsText("name")).containsExactly("Seminar Kupchan 1", "Seminar Kupchan 2");
        assertThat(groups.get(0).get("members").toString()).isEqualTo("[\"budi.s\",\"rina.w\"]");

        // A student signs in with the sheet's password, chooses their own and reads the case.
        Page student = freshPage();
        new app.kasus.annotation.ui.KasusPages.LoginPage(student, base).open().signIn("ayu", ayu.group(1));
        choosePassword(student, ayu.group(1), "ayu-reads-kupchan");
        assertThat(student.locator("a.case-link").first()).containsText("Hanoi");
    }

    @AfterEach
    void closePages() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    private static void choosePassword(Page page, String oneTime, String own) {
        assertThat(page.locator(".account-view h1")).hasText("Choose your own password");
        page.locator("#password-current input").fill(oneTime);
        page.locator("#password-new input").fill(own);
        page.locator("#password-repeat input").fill(own);
        page.locator("#password-save").click();
        assertThat(page.locator("a.case-link").first()).isVisible();
    }
}
