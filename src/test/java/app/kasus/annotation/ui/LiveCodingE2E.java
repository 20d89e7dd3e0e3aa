package app.kasus.annotation.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import app.kasus.testsupport.Accessibility;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.BrowserSignIn;
import app.kasus.testsupport.BrowserTest;
import app.kasus.testsupport.KasusIntegrationTest;
import app.kasus.testsupport.VaadinSelect;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.WebSocketRoute;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Coding together: what one member of a group codes appears in the others' open pages, and nowhere else. */
@KasusIntegrationTest
class LiveCodingE2E extends BrowserTest {

    private static final LocatorAssertions.HasCountOptions SOON = new LocatorAssertions.HasCountOptions().setTimeout(8_000);

    private final List<BrowserContext> others = new ArrayList<>();
    private ApiFixtures fixtures;
    private ApiClient student1;
    private long caseId;
    private long passageId;

    @BeforeEach
    void setUp() {
        student1 = ApiClient.as(port, "student1", "kasus-demo");
        fixtures = new ApiFixtures(port, ApiClient.as(port, "instructor", "kasus-demo"));
        caseId = student1.get("/api/cases").json().get(0).get("id").asLong();
        passageId = student1.get("/api/cases/" + caseId + "/passages").json().get(0).get("id").asLong();
    }

    @AfterEach
    void tearDown() {
        others.forEach(BrowserContext::close);
        fixtures.cleanUp();
    }

    private Page openCase(Page reader, String user, String show) {
        BrowserSignIn.open(reader, base(), user, "kasus-demo", "/cases/" + caseId + "?show=" + show);
        reader.locator("kasus-passage").first().waitFor();
        return reader;
    }

    private Page anotherReader() {
        BrowserContext other = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        other.setDefaultTimeout(20_000);
        others.add(other);
        return other.newPage();
    }

    private Locator highlightsOfFirstPassage(Page reader) {
        return reader.locator("kasus-passage[data-passage-id='" + passageId + "'] .hl");
    }

    @Test
    void aGroupmatesCodingAppearsAndDisappearsWithoutReloadAndOnlyForTheGroup() {
        Page student2 = openCase(page, "student2", "group");
        Page student4 = openCase(anotherReader(), "student4", "group");
        assertThat(highlightsOfFirstPassage(student2)).hasCount(0);

        long id = fixtures.annotate(student1);

        Locator seen = highlightsOfFirstPassage(student2);
        assertThat(seen).hasCount(1, SOON);
        assertThat(seen.first()).hasClass(Pattern.compile("\\bother\\b"));
        assertThat(seen.first()).hasAttribute("title", Pattern.compile("^student1 \\(S1\\): Concession"));
        // The case page with a groupmate's highlight in it, and again below with the panel open.
        Accessibility.assertNoSeriousViolations(student2);
        // Read-only: the panel shows the annotation without save or delete.
        seen.first().click();
        assertThat(student2.locator("#coding-save")).isHidden();
        assertThat(student2.locator("#coding-delete")).isHidden();
        assertThat(student2.locator(".coding-quote")).isVisible();
        assertThat(student2.getByRole(com.microsoft.playwright.options.AriaRole.COMPLEMENTARY,
                new Page.GetByRoleOptions().setName("Coding by student1 (read-only)"))).isVisible();
        // Focus moves into the panel (its heading: there is nothing to fill in).
        assertThat(student2.locator("#coding-panel-title")).isFocused();
        Accessibility.assertNoSeriousViolations(student2);
        student2.keyboard().press("Escape");
        assertThat(student2.locator(".coding-quote")).isHidden();
        // Focus goes back to the passage of the highlight it came from.
        assertThat(student2.locator("kasus-passage[data-passage-id='" + passageId + "']")).isFocused();
        // Another group's student got the same event (delivered above) and shows nothing of it.
        assertThat(highlightsOfFirstPassage(student4)).hasCount(0);

        // An edit arrives as well: the tooltip follows the new code.
        com.fasterxml.jackson.databind.node.ObjectNode changed =
                (com.fasterxml.jackson.databind.node.ObjectNode) student1.get("/api/annotations/" + id).json();
        changed.put("code", "demand");
        org.assertj.core.api.Assertions.assertThat(student1.put("/api/annotations/" + id, changed).status()).isEqualTo(200);
        assertThat(highlightsOfFirstPassage(student2).first()).hasAttribute("title",
                Pattern.compile("^student1 \\(S1\\): Demand"));

        org.assertj.core.api.Assertions.assertThat(student1.delete("/api/annotations/" + id).status()).isEqualTo(204);
        assertThat(highlightsOfFirstPassage(student2)).hasCount(0, SOON);
        // Not a reload: the same document saw the highlight come and go.
        assertThat(student2).hasURL(Pattern.compile("show=group"));
    }

    @Test
    void aGroupmatesCodingMadeWhileThePagesConnectionWasDownAppearsOnceItIsBack() {
        // The page's Push connection runs through the test, which can cut it and refuse new ones for a while.
        List<WebSocketRoute> toServer = new CopyOnWriteArrayList<>();
        AtomicBoolean cut = new AtomicBoolean();
        page.routeWebSocket(Pattern.compile(".*/VAADIN/push.*"), ws -> {
            if (cut.get()) {
                ws.close();
            } else {
                toServer.add(ws.connectToServer());
            }
        });
        Page student2 = openCase(page, "student2", "group");
        student2.waitForCondition(() -> !toServer.isEmpty());
        assertThat(highlightsOfFirstPassage(student2)).hasCount(0);

        cut.set(true);
        toServer.get(toServer.size() - 1).close();
        student2.waitForFunction("() => window.Vaadin.connectionState.state !== 'connected'");
        // The server no longer reaches the page: what is coded now is not sent into the void.
        fixtures.annotate(student1);

        cut.set(false);
        assertThat(highlightsOfFirstPassage(student2)).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(30_000));
        org.assertj.core.api.Assertions.assertThat(toServer).as("the page connected again").hasSizeGreaterThan(1);
    }

    @Test
    void aGroupmateDiscussesAnAnnotationInItsThreadAndTheAuthorsRepliesArriveLive() {
        long id = fixtures.annotate(student1);
        Page student2 = openCase(page, "student2", "group");
        highlightsOfFirstPassage(student2).first().click();
        Locator thread = student2.locator("#coding-panel .comment-thread");
        assertThat(thread.locator(".comment-empty")).isVisible();
        Locator mark = student2.locator("kasus-passage[data-passage-id='" + passageId + "'] .kp-comments");
        assertThat(mark).hasCount(0);

        // student2 writes in the panel; Ctrl+Enter posts the comment (and saves nothing: the coding is not theirs).
        student2.locator("#comment-draft textarea").fill("Is this <b>really</b> a concession?");
        student2.locator("#comment-draft textarea").press("Control+Enter");
        assertThat(thread.locator(".comment-text")).hasText("Is this <b>really</b> a concession?");
        // The highlight is marked with the count, in words for screen readers.
        assertThat(mark).hasAttribute("aria-label", "1 comment");
        assertThat(mark).hasAttribute("data-count", "1");
        org.assertj.core.api.Assertions.assertThat(student1.get("/api/annotations/" + id + "/comments").json()
                .findValuesAsText("author")).containsExactly("student2");

        // The author answers from elsewhere; the open thread shows it without a reload.
        org.assertj.core.api.Assertions.assertThat(student1.post("/api/annotations/" + id + "/comments",
                java.util.Map.of("text", "Yes: the test site was destroyed.")).status()).isEqualTo(201);
        assertThat(thread.locator(".comment-text")).hasCount(2, SOON);
        assertThat(thread.locator(".comment-text").nth(1)).hasText("Yes: the test site was destroyed.");
        assertThat(mark).hasAttribute("aria-label", "2 comments");

        // The author's own page marks the same count; it follows a deletion there too, still without a reload.
        Page author = openCase(anotherReader(), "student1", "mine");
        Locator authorsMark = author.locator("kasus-passage[data-passage-id='" + passageId + "'] .kp-comments");
        assertThat(authorsMark).hasAttribute("aria-label", "2 comments");
        long reply = student1.get("/api/annotations/" + id + "/comments").json().get(1).get("id").asLong();
        org.assertj.core.api.Assertions.assertThat(student1.delete("/api/comments/" + reply).status()).isEqualTo(204);
        assertThat(authorsMark).hasAttribute("aria-label", "1 comment");
        assertThat(mark).hasAttribute("aria-label", "1 comment");

        // Another group's student sees neither the annotation nor its thread.
        org.assertj.core.api.Assertions.assertThat(ApiClient.as(port, "student4", "kasus-demo")
                .get("/api/annotations/" + id + "/comments").status()).isEqualTo(404);
    }

    @Test
    void groupmatesSeeWhoElseReadsTheCaseAndInWhichSectionOtherGroupsDoNot() {
        Page student1Page = openCase(page, "student1", "group");
        Page student2 = openCase(anotherReader(), "student2", "group");
        Page student4 = openCase(anotherReader(), "student4", "group");

        // By display name (the demo's "Student 1"), with initials in the avatar, not by username.
        assertThat(student2.locator("#presence")).containsText("Student 1");
        assertThat(student2.locator("#presence")).not().containsText("student1");
        org.assertj.core.api.Assertions.assertThat(student2.evaluate(
                "() => document.querySelector('#presence vaadin-avatar-group').items.map(i => i.abbr).join(';')"))
                .isEqualTo("S1");
        assertThat(student1Page.locator("#presence")).containsText("Student 2");
        assertThat(student2.locator("#presence")).not().containsText("Student 4");
        assertThat(student4.locator("#presence:has-text('Student 1')")).hasCount(0);

        Locator section = student1Page.locator(".case-body section.case-section").nth(1);
        String heading = section.locator("h2, h3").first().textContent().strip();
        section.evaluate("s => s.scrollIntoView({block: 'start'})");
        assertThat(student2.locator("#presence")).containsText("Student 1 (" + heading + ")");
        Accessibility.assertNoSeriousViolations(student2);

        // Leaving the page (not only the view) ends the visit; an empty bar is hidden, its old text left as it was.
        student1Page.navigate("about:blank");
        assertThat(student2.locator("#presence:visible:has-text('Student 1')")).hasCount(0);
    }

    @Test
    void theOneCoderListOffersACoderWhoStartsCodingWhileThePageIsOpen() {
        Page instructor = openCase(page, "instructor", "all");
        VaadinSelect.choose(instructor, instructor.locator("#show-layer"), "One coder");
        instructor.locator("#show-coder input").click();
        assertThat(instructor.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText("student1")))
                .hasCount(0);
        instructor.keyboard().press("Escape");

        fixtures.annotate(student1);
        assertThat(highlightsOfFirstPassage(instructor)).hasCount(1, SOON);
        instructor.locator("#show-coder input").click();
        instructor.locator("vaadin-combo-box-item:visible", new Page.LocatorOptions().setHasText("student1")).click();
        assertThat(instructor).hasURL(Pattern.compile("show=user(:|%3A)student1"));
        assertThat(highlightsOfFirstPassage(instructor)).hasCount(1);
    }

    @Test
    void staffSeeEveryoneOrOneNamedCoder() {
        fixtures.annotate(student1);
        Page instructor = openCase(page, "instructor", "all");
        assertThat(highlightsOfFirstPassage(instructor)).hasCount(1);
        assertThat(highlightsOfFirstPassage(instructor).first()).hasClass(Pattern.compile("\\bother\\b"));

        instructor.navigate(base() + "/cases/" + caseId + "?show=user:student1");
        assertThat(highlightsOfFirstPassage(instructor)).hasCount(1);
        assertThat(instructor.locator("#show-coder input")).hasValue("student1");
        instructor.navigate(base() + "/cases/" + caseId + "?show=user:student2");
        assertThat(highlightsOfFirstPassage(instructor)).hasCount(0);
    }

    @Test
    void aLayerTheViewerMayNotSeeFallsBackToTheirOwnAndTheChoiceIsKeptInTheUrl() {
        Page reader = openCase(page, "student1", "user:student4");
        assertThat(reader.locator("vaadin-notification-card")).containsText("user:student4");
        assertThat(reader.locator("#show-layer")).containsText("My coding");

        VaadinSelect.choose(reader, reader.locator("#show-layer"), "My group");
        assertThat(reader).hasURL(Pattern.compile("/cases/" + caseId + "\\?show=group$"));
    }
}
