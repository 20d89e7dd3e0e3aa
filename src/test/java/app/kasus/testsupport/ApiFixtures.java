package app.kasus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Accounts, groups and annotations a test creates through the API, and removes again in its {@code @AfterEach}
 * ({@link #cleanUp()}), acting as the test class's own administrator. Names are unique, so tests sharing the one
 * application neither see nor disturb each other's data.
 */
public final class ApiFixtures {

    /** What {@link #coder} sets as the new password after the one-time one. */
    public static final String OWN_PASSWORD = "my-own-password-42";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private final int port;
    private final ApiClient admin;
    private final Set<String> users = new LinkedHashSet<>();
    private final Set<Long> groups = new LinkedHashSet<>();
    private final Set<String> groupNames = new LinkedHashSet<>();
    private final Map<Long, ApiClient> annotations = new LinkedHashMap<>();

    public ApiFixtures(int port, ApiClient admin) {
        this.port = port;
        this.admin = admin;
    }

    /** A name no other test uses: lower case letters, digits and dashes, so also a valid username. */
    public static String unique(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36) + "-" + COUNTER.incrementAndGet();
    }

    /** Creates the account as the administrator; the answer carries its one-time password. */
    public JsonNode createAccount(String username, String role) {
        ApiClient.Response created = admin.post("/api/users",
                Map.of("username", username, "displayName", "Test " + username, "role", role));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        trackUser(created.json().get("username").asText());
        return created.json();
    }

    /** A new account of that role that has replaced its one-time password; the client acts with a token of it. */
    public ApiClient coder(String username, String role) {
        return ApiClient.bearer(port, token(passwordCoder(username, role)));
    }

    /**
     * A new account of that role that has replaced its one-time password with {@link #OWN_PASSWORD}, as a client
     * signing in with that password (HTTP Basic) and holding no token yet.
     */
    public ApiClient passwordCoder(String username, String role) {
        String oneTime = createAccount(username, role).get("oneTimePassword").asText();
        ApiClient.Response changed = ApiClient.as(port, username, oneTime).put("/api/account/password",
                Map.of("currentPassword", oneTime, "newPassword", OWN_PASSWORD));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        return ApiClient.as(port, username, OWN_PASSWORD);
    }

    /**
     * A personal API token of the client's user. Fixtures act through tokens, as scripts do: HTTP Basic would run a
     * BCrypt check on every call, which is most of a test's time when it creates several users.
     */
    public static String token(ApiClient basic) {
        ApiClient.Response issued = basic.post("/api/tokens", Map.of("name", "test fixtures"));
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().get("token").asText();
    }

    /** Creates the group as the administrator and returns its JSON. */
    public JsonNode createGroup(String name) {
        ApiClient.Response created = admin.post("/api/groups", Map.of("name", name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        trackGroup(created.json().get("id").asLong());
        return created.json();
    }

    /** Codes a few characters of the first case's first passage as a concession; returns the annotation's id. */
    public long annotate(ApiClient coder) {
        long caseId = coder.get("/api/cases").json().get(0).get("id").asLong();
        JsonNode passage = coder.get("/api/cases/" + caseId + "/passages").json().get(0);
        String text = passage.get("text").asText();
        int start = 0;
        while (Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        return annotate(coder, caseId, passage.get("id").asLong(), start, Math.min(text.length(), start + 8),
                "concession");
    }

    /** Codes {@code [start, end)} of the passage with the code (DPRK to the US, stage 1); returns the annotation's id. */
    public long annotate(ApiClient coder, long caseId, long passageId, int start, int end, String code) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("passageId", passageId);
        body.put("start", start);
        body.put("end", end);
        body.put("code", code);
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        ApiClient.Response created = coder.post("/api/cases/" + caseId + "/annotations", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        annotations.put(id, coder);
        return id;
    }

    /** The body of a comment or a piece of feedback: {@code {"text": …}}. */
    public static Map<String, Object> threadText(String text) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", text);
        return body;
    }

    /** The body of an edit of a comment or a piece of feedback: the new text and the version read. */
    public static Map<String, Object> threadEdit(String text, long version) {
        Map<String, Object> body = threadText(text);
        body.put("version", version);
        return body;
    }

    /** POSTs the body, asserts 201 and returns what was created. */
    public static JsonNode created(ApiClient client, String path, Object body) {
        ApiClient.Response response = client.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json();
    }

    public void trackUser(String username) {
        users.add(username);
    }

    public void trackGroup(long id) {
        groups.add(id);
    }

    /** For groups made by someone else (e.g. a roster import), found by name when cleaning up. */
    public void trackGroupNamed(String name) {
        groupNames.add(name);
    }

    /** Removes everything tracked: annotations first (their authors are re-enabled for that), then accounts, groups. */
    public void cleanUp() {
        List<String> leftovers = new ArrayList<>();
        for (String user : users) {
            admin.post("/api/users/" + user + "/enable");
        }
        annotations.forEach((id, coder) -> {
            int status = coder.delete("/api/annotations/" + id).status();
            // 401: the author is gone, which the API allows only once their annotations are.
            if (status != 204 && status != 404 && status != 401) {
                leftovers.add("annotation " + id + " (" + status + ")");
            }
        });
        for (String user : users) {
            int status = admin.delete("/api/users/" + user).status();
            if (status != 204 && status != 404) {
                leftovers.add("account " + user + " (" + status + ")");
            }
        }
        for (JsonNode group : admin.get("/api/groups").json()) {
            if (groupNames.contains(group.get("name").asText())) {
                groups.add(group.get("id").asLong());
            }
        }
        for (long id : groups) {
            int status = admin.delete("/api/groups/" + id).status();
            if (status != 204 && status != 404) {
                leftovers.add("group " + id + " (" + status + ")");
            }
        }
        users.clear();
        groups.clear();
        groupNames.clear();
        annotations.clear();
        assertThat(leftovers).as("test data that could not be removed").isEmpty();
    }
}
