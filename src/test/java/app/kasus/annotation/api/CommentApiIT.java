package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ThreadText;
import app.kasus.annotation.CommentService;
import app.kasus.annotation.CommentsChanged;
import app.kasus.base.LiveEvents;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import app.kasus.testsupport.SignedIn;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Comment threads through the API, every endpoint that takes an id against every role: the annotation's author
 * (student1, Seminar A), a groupmate (student2), a student of another group (student4, Seminar B), an instructor
 * and a researcher.
 */
@KasusIntegrationTest
class CommentApiIT {

    private static final String PASSWORD = "kasus-demo";

    @LocalServerPort
    int port;

    @Autowired
    CommentService commentService;

    @Autowired
    UserDetailsService users;

    @Autowired
    LiveEvents liveEvents;

    @Autowired
    AccountService accounts;

    private static final String ADMIN = "it-admin-comments";
    private static final String ADMIN_PASSWORD = "it-admin-password-comments";
    private ApiClient admin;
    private ApiFixtures fixtures;

    private ApiClient author;
    private ApiClient groupmate;
    private ApiClient otherGroup;
    private ApiClient instructor;
    private ApiClient researcher;

    @BeforeEach
    void setUp() {
        author = ApiClient.as(port, "student1", PASSWORD);
        groupmate = ApiClient.as(port, "student2", PASSWORD);
        otherGroup = ApiClient.as(port, "student4", PASSWORD);
        instructor = ApiClient.as(port, "instructor", PASSWORD);
        researcher = ApiClient.as(port, "researcher", PASSWORD);
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (comments)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    /** A new annotation of student1's on the first passage of the first case (deleted again by the fixtures). */
    private long annotate() {
        return fixtures.annotate(author);
    }

    /** The case {@link #annotate()} codes. */
    private long firstCase() {
        return author.get("/api/cases").json().get(0).get("id").asLong();
    }

    private static String thread(long annotationId) {
        return "/api/annotations/" + annotationId + "/comments";
    }

    private static Map<String, Object> text(String text) {
        return ApiFixtures.threadText(text);
    }

    private static Map<String, Object> edit(String text, long version) {
        return ApiFixtures.threadEdit(text, version);
    }

    private static JsonNode posted(ApiClient client, long annotationId, String text) {
        return ApiFixtures.created(client, thread(annotationId), text(text));
    }

    @Test
    void theAuthorPostsReadsEditsAndDeletesAComment() {
        long a = annotate();
        assertThat(author.get(thread(a)).json()).isEmpty();

        ApiClient.Response created = author.post(thread(a), text("  Is this really a concession?\r\nI doubt it.  "));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode c = created.json();
        assertThat(created.contentType()).startsWith("application/json");
        assertThat(c.get("text").asText()).isEqualTo("Is this really a concession?\nI doubt it.");
        assertThat(c.get("annotationId").asLong()).isEqualTo(a);
        assertThat(c.get("author").asText()).isEqualTo("student1");
        assertThat(c.get("authorName").asText()).isNotBlank();
        assertThat(c.get("edited").asBoolean()).isFalse();
        assertThat(c.get("created").asText()).isNotBlank();
        long id = c.get("id").asLong();

        JsonNode list = author.get(thread(a)).json();
        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("id").asLong()).isEqualTo(id);

        ApiClient.Response edited = author.put("/api/comments/" + id, edit("A signal, rather.", c.get("version").asLong()));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("text").asText()).isEqualTo("A signal, rather.");
        assertThat(edited.json().get("edited").asBoolean()).isTrue();
        assertThat(edited.json().get("version").asLong()).isGreaterThan(c.get("version").asLong());

        // The version read before the edit is stale now, for editing and deleting alike.
        ApiClient.Response stale = author.put("/api/comments/" + id, edit("again", c.get("version").asLong()));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("error").asText()).contains("stale");
        assertThat(author.delete("/api/comments/" + id + "?version=" + c.get("version").asLong()).status())
                .isEqualTo(409);
        assertThat(author.get(thread(a)).json().get(0).get("text").asText()).isEqualTo("A signal, rather.");

        assertThat(author.delete("/api/comments/" + id + "?version=" + edited.json().get("version").asLong()).status())
                .isEqualTo(204);
        assertThat(author.get(thread(a)).json()).isEmpty();
        assertThat(author.delete("/api/comments/" + id).status()).isEqualTo(404);
    }

    @Test
    void groupmatesAndInstructorsReadAndWriteButChangeOnlyTheirOwn() {
        long a = annotate();
        JsonNode byAuthor = posted(author, a, "first");
        JsonNode byMate = posted(groupmate, a, "second, from a groupmate");
        JsonNode byInstructor = posted(instructor, a, "third, from the instructor");

        for (ApiClient reader : List.of(author, groupmate, instructor, researcher)) {
            ApiClient.Response read = reader.get(thread(a));
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.json().findValuesAsText("text"))
                    .containsExactly("first", "second, from a groupmate", "third, from the instructor");
        }

        // Nobody edits or deletes a comment they did not write, whatever their role.
        JsonNode[] all = {byAuthor, byMate, byInstructor};
        ApiClient[] writers = {author, groupmate, instructor};
        for (int i = 0; i < all.length; i++) {
            long id = all[i].get("id").asLong();
            long version = all[i].get("version").asLong();
            for (int j = 0; j < writers.length; j++) {
                if (i != j) {
                    assertThat(writers[j].put("/api/comments/" + id, edit("hijacked", version)).status()).isEqualTo(403);
                    assertThat(writers[j].delete("/api/comments/" + id).status()).isEqualTo(403);
                }
            }
            assertThat(researcher.put("/api/comments/" + id, edit("hijacked", version)).status()).isEqualTo(403);
            assertThat(researcher.delete("/api/comments/" + id).status()).isEqualTo(403);
        }
        assertThat(author.get(thread(a)).json().findValuesAsText("text")).doesNotContain("hijacked");

        // Each author changes their own.
        assertThat(groupmate.put("/api/comments/" + byMate.get("id").asLong(),
                edit("second, revised", byMate.get("version").asLong())).status()).isEqualTo(200);
        assertThat(instructor.delete("/api/comments/" + byInstructor.get("id").asLong()).status()).isEqualTo(204);
        assertThat(author.get(thread(a)).json().findValuesAsText("text")).containsExactly("first", "second, revised");
    }

    @Test
    void researchersReadButDoNotWrite() {
        long a = annotate();
        posted(author, a, "first");
        assertThat(researcher.get(thread(a)).json().findValuesAsText("text")).containsExactly("first");
        ApiClient.Response refused = researcher.post(thread(a), text("an observer's remark"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(author.get(thread(a)).json()).hasSize(1);
    }

    @Test
    void aStudentOfAnotherGroupFindsNothingAndLearnsNothing() {
        long a = annotate();
        JsonNode c = posted(author, a, "private to Seminar A");
        long id = c.get("id").asLong();
        long version = c.get("version").asLong();

        ApiClient.Response read = otherGroup.get(thread(a));
        ApiClient.Response post = otherGroup.post(thread(a), text("hello from B"));
        ApiClient.Response put = otherGroup.put("/api/comments/" + id, edit("changed by B", version));
        ApiClient.Response delete = otherGroup.delete("/api/comments/" + id);
        for (ApiClient.Response response : List.of(read, post, put, delete)) {
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("private to Seminar A").doesNotContain("student1");
        }
        // The same answers as for ids that do not exist at all.
        assertThat(otherGroup.get(thread(987654321L)).status()).isEqualTo(404);
        assertThat(otherGroup.put("/api/comments/987654321", edit("x", 0)).status()).isEqualTo(404);
        assertThat(otherGroup.delete("/api/comments/987654321").status()).isEqualTo(404);

        assertThat(author.get(thread(a)).json().findValuesAsText("text")).containsExactly("private to Seminar A");
    }

    @Test
    void anonymousCallersAreRefused() {
        long a = annotate();
        long id = posted(author, a, "first").get("id").asLong();
        ApiClient anonymous = ApiClient.anonymous(port);
        assertThat(anonymous.get(thread(a)).status()).isEqualTo(401);
        assertThat(anonymous.post(thread(a), text("x")).status()).isIn(401, 403);
        assertThat(anonymous.put("/api/comments/" + id, edit("x", 0)).status()).isIn(401, 403);
        assertThat(anonymous.delete("/api/comments/" + id).status()).isIn(401, 403);
    }

    @Test
    void invalidTextIsRejectedNamingTheFieldAndNothingIsStored() {
        long a = annotate();
        assertRejected(author.post(thread(a), text("x".repeat(ThreadText.MAX_LENGTH + 1))), "text");
        assertRejected(author.post(thread(a), text("   \n\t ")), "text");
        assertRejected(author.post(thread(a), text("")), "text");
        assertRejected(author.post(thread(a), Map.of()), "text");
        assertRejected(author.post(thread(a), text("bell \u0007 here")), "text");
        assertThat(author.post(thread(a), "{not json").status()).isEqualTo(400);
        assertThat(author.get(thread(a)).json()).isEmpty();

        // Exactly the limit is fine (white space around it does not count).
        JsonNode longest = posted(author, a, " " + "y".repeat(ThreadText.MAX_LENGTH) + "\n");
        assertThat(longest.get("text").asText()).hasSize(ThreadText.MAX_LENGTH);

        long id = longest.get("id").asLong();
        long version = longest.get("version").asLong();
        assertRejected(author.put("/api/comments/" + id, edit("z".repeat(ThreadText.MAX_LENGTH + 1), version)), "text");
        assertRejected(author.put("/api/comments/" + id, edit(" ", version)), "text");
        assertRejected(author.put("/api/comments/" + id, text("no version")), "version");
        assertThat(author.get(thread(a)).json().get(0).get("text").asText()).isEqualTo("y".repeat(ThreadText.MAX_LENGTH));
    }

    @Test
    void htmlIsStoredAndReturnedVerbatimAsText() {
        long a = annotate();
        String html = "<b>bold</b> <img src=x onerror=alert(1)> & \"quotes\" <script>alert(2)</script>";
        JsonNode c = posted(author, a, html);
        assertThat(c.get("text").asText()).isEqualTo(html);
        ApiClient.Response read = groupmate.get(thread(a));
        assertThat(read.contentType()).startsWith("application/json");
        assertThat(read.json().get(0).get("text").asText()).isEqualTo(html);
    }

    @Test
    void aCommentReadsBackWithTheTimesItWasAnsweredWith() {
        // Found by HostileInputPropertiesIT: the answer carried nanoseconds, the database keeps microseconds.
        long a = annotate();
        JsonNode created = posted(author, a, "same time");
        JsonNode read = author.get(thread(a)).json().get(0);
        assertThat(read.get("created").asText()).isEqualTo(created.get("created").asText());
    }

    @Test
    void deletingTheAnnotationDeletesItsComments() {
        long a = annotate();
        long mine = posted(author, a, "first").get("id").asLong();
        long mates = posted(groupmate, a, "second").get("id").asLong();

        assertThat(author.delete("/api/annotations/" + a).status()).isEqualTo(204);

        assertThat(author.get(thread(a)).status()).isEqualTo(404);
        assertThat(author.delete("/api/comments/" + mine).status()).isEqualTo(404);
        assertThat(groupmate.put("/api/comments/" + mates, edit("x", 0)).status()).isEqualTo(404);
        long caseId = firstCase();
        assertThat(SignedIn.as(users, "instructor", () -> commentService.counts(caseId, List.of(a)))).isEmpty();
    }

    @Test
    void countsCoverTheCommentedAnnotationsTheCallerMaySee() {
        long a = annotate();
        long b = annotate();
        posted(author, a, "one");
        posted(groupmate, a, "two");
        long missing = 987654321L;
        long caseId = firstCase();

        Map<Long, Long> forMate = SignedIn.as(users, "student2", () -> commentService.counts(caseId, java.util.Arrays.asList(a, b, missing, null)));
        assertThat(forMate).containsExactlyInAnyOrderEntriesOf(Map.of(a, 2L));
        assertThat(SignedIn.as(users, "researcher", () -> commentService.counts(caseId, List.of(a, b))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(a, 2L));
        assertThat(SignedIn.as(users, "student4", () -> commentService.counts(caseId, List.of(a, b)))).isEmpty();
        assertThat(SignedIn.as(users, "student4", () -> commentService.counts(caseId, List.of()))).isEmpty();
    }

    @Test
    void aChangeIsAnnouncedAfterItCommits() throws InterruptedException {
        long a = annotate();
        long caseId = author.get("/api/annotations/" + a).json().get("caseId").asLong();
        BlockingQueue<CommentsChanged> heard = new LinkedBlockingQueue<>();
        // What a listener's own query finds when the event arrives: the change must be committed by then.
        BlockingQueue<List<String>> seen = new LinkedBlockingQueue<>();
        try (LiveEvents.Subscription ignored = liveEvents.subscribe(CommentsChanged.class, e -> {
            if (e.annotationId() == a) {
                seen.add(SignedIn.as(users, "student2",
                        () -> commentService.thread(a).stream().map(comment -> comment.text()).toList()));
                heard.add(e);
            }
        })) {
            JsonNode c = posted(author, a, "first");
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new CommentsChanged(caseId, a));
            assertThat(seen.poll()).containsExactly("first");

            // A refused change announces nothing.
            assertThat(groupmate.delete("/api/comments/" + c.get("id").asLong()).status()).isEqualTo(403);
            assertThat(author.post(thread(a), text(" ")).status()).isEqualTo(400);

            ApiClient.Response edited = author.put("/api/comments/" + c.get("id").asLong(),
                    edit("edited", c.get("version").asLong()));
            assertThat(edited.status()).isEqualTo(200);
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new CommentsChanged(caseId, a));
            assertThat(seen.poll()).containsExactly("edited");
            assertThat(author.delete("/api/comments/" + c.get("id").asLong()).status()).isEqualTo(204);
            assertThat(heard.poll(10, TimeUnit.SECONDS)).isEqualTo(new CommentsChanged(caseId, a));
            assertThat(seen.poll()).isEmpty();
            assertThat(heard.poll(500, TimeUnit.MILLISECONDS)).isNull();
        }
    }

    @Test
    void anAccountWithCommentsIsNotDeletedWhileTheyExist() {
        long a = annotate();
        String name = ApiFixtures.unique("it-teacher");
        ApiClient teacher = fixtures.coder(name, "instructor");
        long id = posted(teacher, a, "a remark").get("id").asLong();

        // Its comments keep the account, as coding does: refused, not a server error, and the thread is intact.
        ApiClient.Response refused = admin.delete("/api/users/" + name);
        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.json().get("error").asText()).contains("1 comments or feedback: disable the account instead");
        assertThat(author.get(thread(a)).json().findValuesAsText("text")).containsExactly("a remark");

        assertThat(teacher.delete("/api/comments/" + id).status()).isEqualTo(204);
        assertThat(admin.delete("/api/users/" + name).status()).isEqualTo(204);
    }

    private static void assertRejected(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.json().get("error").asText()).startsWith(field);
    }
}
