package app.kasus.annotation.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.ThreadText;
import app.kasus.annotation.FeedbackChanged;
import app.kasus.annotation.FeedbackService;
import app.kasus.base.LiveEvents;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
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

/**
 * Feedback through the API against every role: the annotation's coder, a groupmate who sees the annotation, a student
 * of another group, the instructor who wrote it, another instructor, a researcher. Every account and group is the
 * test's own.
 */
@KasusIntegrationTest
class FeedbackApiIT {

    private static final String ADMIN = "it-admin-feedback";
    private static final String ADMIN_PASSWORD = "it-admin-password-feedback";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    LiveEvents liveEvents;

    private ApiFixtures fixtures;
    private ApiClient admin;
    private ApiClient coder;
    private ApiClient groupmate;
    private ApiClient otherGroup;
    private ApiClient instructor;
    private ApiClient otherInstructor;
    private ApiClient researcher;
    private String coderName;

    @BeforeEach
    void setUp() {
        accounts.ensureAccount(ADMIN, ADMIN_PASSWORD, "IT administrator (feedback)", Role.ADMIN);
        admin = ApiClient.as(port, ADMIN, ADMIN_PASSWORD);
        fixtures = new ApiFixtures(port, admin);
        coderName = ApiFixtures.unique("it-fb-coder");
        String mateName = ApiFixtures.unique("it-fb-mate");
        String otherName = ApiFixtures.unique("it-fb-other");
        coder = fixtures.coder(coderName, "student");
        groupmate = fixtures.coder(mateName, "student");
        otherGroup = fixtures.coder(otherName, "student");
        instructor = fixtures.coder(ApiFixtures.unique("it-fb-teacher"), "instructor");
        otherInstructor = fixtures.coder(ApiFixtures.unique("it-fb-teacher2"), "instructor");
        researcher = fixtures.coder(ApiFixtures.unique("it-fb-observer"), "researcher");
        members(fixtures.createGroup(ApiFixtures.unique("it-fb-seminar")), List.of(coderName, mateName));
        members(fixtures.createGroup(ApiFixtures.unique("it-fb-elsewhere")), List.of(otherName));
    }

    @AfterEach
    void tearDown() {
        fixtures.cleanUp();
    }

    private void members(JsonNode group, List<String> usernames) {
        ApiClient.Response set = admin.put("/api/groups/" + group.get("id").asLong() + "/members", usernames);
        assertThat(set.status()).as(set.body()).isEqualTo(200);
    }

    private static String feedbackOf(long annotationId) {
        return "/api/annotations/" + annotationId + "/feedback";
    }

    private static Map<String, Object> text(String text) {
        return ApiFixtures.threadText(text);
    }

    private static Map<String, Object> edit(String text, long version) {
        return ApiFixtures.threadEdit(text, version);
    }

    private static JsonNode given(ApiClient client, long annotationId, String text) {
        return ApiFixtures.created(client, feedbackOf(annotationId), text(text));
    }

    @Test
    void theCoderReadsTheInstructorsFeedbackAndMarksItRead() {
        long a = fixtures.annotate(coder);
        assertThat(coder.get(feedbackOf(a)).json()).isEmpty();

        JsonNode f = given(instructor, a, "  Check the actor: this is Trump speaking.\r\n  ");
        assertThat(f.get("text").asText()).isEqualTo("Check the actor: this is Trump speaking.");
        assertThat(f.get("annotationId").asLong()).isEqualTo(a);
        assertThat(f.get("read").asBoolean()).isFalse();

        JsonNode seen = coder.get(feedbackOf(a)).json();
        assertThat(seen).hasSize(1);
        assertThat(seen.get(0).get("read").asBoolean()).as("reading the list does not mark it").isFalse();

        // Only the coder's reading counts: the instructor opening it changes nothing.
        assertThat(instructor.post(feedbackOf(a) + "/read").json().get("marked").asInt()).isZero();
        assertThat(coder.post(feedbackOf(a) + "/read").json().get("marked").asInt()).isEqualTo(1);
        assertThat(coder.post(feedbackOf(a) + "/read").json().get("marked").asInt()).isZero();
        assertThat(instructor.get(feedbackOf(a)).json().get(0).get("read").asBoolean()).isTrue();

        // An edited text is new to the coder again; a stale version is refused and changes nothing.
        long version = f.get("version").asLong();
        ApiClient.Response stale = instructor.put("/api/feedback/" + f.get("id").asLong(), edit("Check the actor.", version + 1));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(instructor.get(feedbackOf(a)).json().get(0).get("text").asText()).startsWith("Check the actor: this");
        JsonNode current = instructor.get(feedbackOf(a)).json().get(0);
        ApiClient.Response changed = instructor.put("/api/feedback/" + f.get("id").asLong(),
                edit("Check the actor.", current.get("version").asLong()));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("edited").asBoolean()).isTrue();
        assertThat(changed.json().get("read").asBoolean()).isFalse();
    }

    @Test
    void feedbackIsPrivateToTheCoderAndTheInstructors() {
        long a = fixtures.annotate(coder);
        long id = given(instructor, a, "private note").get("id").asLong();

        assertThat(otherInstructor.get(feedbackOf(a)).json().findValuesAsText("text")).containsExactly("private note");
        // A groupmate sees the annotation but not its feedback; a student of another group does not even see it.
        assertThat(groupmate.get(feedbackOf(a)).status()).isEqualTo(403);
        assertThat(researcher.get(feedbackOf(a)).status()).isEqualTo(403);
        ApiClient.Response hidden = otherGroup.get(feedbackOf(a));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.body()).doesNotContain("private note");
        assertThat(otherGroup.post(feedbackOf(a) + "/read").status()).isEqualTo(404);

        // Only instructors write it; only its author changes it.
        assertThat(coder.post(feedbackOf(a), text("I agree with myself")).status()).isEqualTo(403);
        assertThat(groupmate.post(feedbackOf(a), text("me too")).status()).isEqualTo(403);
        assertThat(researcher.post(feedbackOf(a), text("observed")).status()).isEqualTo(403);
        assertThat(otherInstructor.put("/api/feedback/" + id, edit("hijacked", 0)).status()).isEqualTo(403);
        assertThat(otherInstructor.delete("/api/feedback/" + id).status()).isEqualTo(403);
        assertThat(coder.delete("/api/feedback/" + id).status()).isEqualTo(403);
        assertThat(otherGroup.delete("/api/feedback/" + id).status()).isEqualTo(404);
        // Feedback ids are not the groupmate's to read, so not theirs to find either.
        assertThat(groupmate.put("/api/feedback/" + id, edit("hijacked", 0)).status()).isEqualTo(404);
        assertThat(coder.get(feedbackOf(a)).json().findValuesAsText("text")).containsExactly("private note");

        assertThat(instructor.delete("/api/feedback/" + id).status()).isEqualTo(204);
        assertThat(coder.get(feedbackOf(a)).json()).isEmpty();
        assertThat(instructor.delete("/api/feedback/" + id).status()).isEqualTo(404);
    }

    @Test
    void badTextIsRefusedByName() {
        long a = fixtures.annotate(coder);
        ApiClient.Response blank = instructor.post(feedbackOf(a), text("   "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().get("error").asText()).contains("text");
        ApiClient.Response tooLong = instructor.post(feedbackOf(a), text("x".repeat(ThreadText.MAX_LENGTH + 1)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("error").asText()).contains(String.valueOf(ThreadText.MAX_LENGTH));
        assertThat(instructor.post(feedbackOf(999_999_999L), text("nowhere")).status()).isEqualTo(404);
        assertThat(coder.get(feedbackOf(a)).json()).isEmpty();
    }

    @Test
    void feedbackIsDeletedWithItsAnnotationAndAnnouncedToTheCoder() throws InterruptedException {
        BlockingQueue<FeedbackChanged> seen = new LinkedBlockingQueue<>();
        LiveEvents.Subscription subscription = liveEvents.subscribe(FeedbackChanged.class, seen::add);
        try {
            long a = fixtures.annotate(coder);
            given(instructor, a, "see me");
            FeedbackChanged event = seen.poll(5, TimeUnit.SECONDS);
            assertThat(event).isNotNull();
            assertThat(event.annotationId()).isEqualTo(a);
            assertThat(event.coder()).isEqualTo(coderName);
        } finally {
            subscription.close();
        }
        long b = fixtures.annotate(coder);
        long id = given(instructor, b, "will go with its annotation").get("id").asLong();
        assertThat(coder.delete("/api/annotations/" + b).status()).isEqualTo(204);
        assertThat(instructor.delete("/api/feedback/" + id).status()).isEqualTo(404);
    }
}
