package app.kasus.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kasus.base.InvalidInputException;
import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.KasusIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Editing a case's codebook through the service, as the instructor unless a test says otherwise. All tests share
 * the demo case with the rest of the suite, which expects its default codebook: every test puts back what it
 * changes, and annotations are made by student5 and student6, whom no other test uses for coding.
 */
@KasusIntegrationTest
@WithUserDetails("instructor")
class CodebookServiceIT {

    private static final Texts NONE = new Texts("", "");

    @LocalServerPort
    int port;

    @Autowired
    CodebookService codebooks;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    app.kasus.base.LiveEvents events;

    private long caseId;
    private JsonNode passage;
    private ApiClient student5;
    private ApiClient student6;

    @BeforeEach
    void setUp() {
        student5 = ApiClient.as(port, "student5", "kasus-demo");
        student6 = ApiClient.as(port, "student6", "kasus-demo");
        caseId = student5.get("/api/cases").json().get(0).get("id").asLong();
        for (JsonNode p : student5.get("/api/cases/" + caseId + "/passages").json()) {
            if (p.get("text").asText().contains("Yongbyon")) {
                passage = p;
                break;
            }
        }
        assertThat(passage).as("a passage about Yongbyon").isNotNull();
    }

    private CodeDef code(String key) {
        return codebooks.forCase(caseId).code(key).orElseThrow();
    }

    private static CodeDef testCode(String key, CodeKind kind) {
        return new CodeDef(key, kind, "#e7298a", new Texts("Test " + key, "Uji " + key),
                new Texts("A code made by a test.", "Kode buatan tes."), NONE);
    }

    /** Codes a span of the Yongbyon passage through the JSON API, as a script or the coding view would. */
    private long annotate(ApiClient coder, String code, String word) {
        return annotate(coder, code, word, "");
    }

    /** {@code layerQuery}: "" for the coder's own coding, "?layer=gold" for the case's gold coding. */
    private long annotate(ApiClient coder, String code, String word, String layerQuery) {
        String text = passage.get("text").asText();
        int start = text.indexOf(word);
        Map<String, Object> body = new HashMap<>();
        body.put("passageId", passage.get("id").asLong());
        body.put("start", start);
        body.put("end", start + word.length());
        body.put("code", code);
        body.put("actor", "DPRK");
        body.put("addressee", "US");
        body.put("stage", 1);
        ApiClient.Response created = coder.post("/api/cases/" + caseId + "/annotations" + layerQuery, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static void assertRefused(ThrowingCallable call, String field) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    /** Deletes a test code if a failed assertion left it behind, with whatever annotations still use it. */
    private void removeIfPresent(String key) {
        if (codebooks.forCase(caseId).code(key).isPresent()) {
            codebooks.deleteCode(caseId, key, null);
        }
    }

    @Test
    void instructorRenamesACodeAndEditsItsDefinition() {
        CodeDef original = code("demand");
        try {
            codebooks.updateCode(caseId, original, new CodeDef("demand", original.kind(), original.color(),
                    new Texts("Requirement", "Permintaan"), new Texts("An actor asks for a step.",
                    original.definition().id()), original.examples()));

            Codebook read = codebooks.forCase(caseId);
            CodeDef demand = read.code("demand").orElseThrow();
            assertThat(demand.name()).isEqualTo(new Texts("Requirement", "Permintaan"));
            assertThat(demand.definition().en()).isEqualTo("An actor asks for a step.");
            assertThat(demand.definition().id()).isEqualTo(original.definition().id());
            assertThat(demand.kind()).isEqualTo(CodeKind.DEMAND);
            assertThat(read.codes()).extracting(CodeDef::key).containsExactly("concession", "demand", "signal");
        } finally {
            codebooks.updateCode(caseId, code("demand"), original);
        }
        assertThat(code("demand")).isEqualTo(original);
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndChangesNothing() {
        CodeDef original = code("demand");
        CodeDef first = new CodeDef("demand", original.kind(), original.color(), new Texts("First", "Pertama"),
                original.definition(), original.examples());
        CodeDef second = new CodeDef("demand", original.kind(), original.color(), new Texts("Second", "Kedua"),
                original.definition(), original.examples());
        try {
            codebooks.updateCode(caseId, original, first);
            // A second editor still holding the original must not overwrite the first editor's change.
            assertThatThrownBy(() -> codebooks.updateCode(caseId, original, second))
                    .isInstanceOf(app.kasus.base.StaleVersionException.class);
            assertThat(code("demand")).isEqualTo(first);
            assertRefused(() -> codebooks.addCode(caseId, original), "key");
        } finally {
            codebooks.updateCode(caseId, code("demand"), original);
        }
    }

    @Test
    void instructorAddsACodeAndAnActorThatCodersCanUseAtOnce() {
        try {
            codebooks.addCode(caseId, testCode("test-added", CodeKind.OTHER));
            codebooks.addActor(caseId, new ActorDef("EU", new Texts("EU", "Uni Eropa")));

            Codebook read = codebooks.forCase(caseId);
            assertThat(read.codes()).extracting(CodeDef::key)
                    .containsExactly("concession", "demand", "signal", "test-added");
            assertThat(read.code("test-added").orElseThrow().name().id()).isEqualTo("Uji test-added");
            assertThat(read.actor("EU").orElseThrow().name()).isEqualTo(new Texts("EU", "Uni Eropa"));

            Map<String, Object> body = new HashMap<>(Map.of("passageId", passage.get("id").asLong(), "start", 0,
                    "end", 4, "code", "test-added", "actor", "EU", "addressee", "DPRK", "stage", 1));
            ApiClient.Response created = student5.post("/api/cases/" + caseId + "/annotations", body);
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            student5.delete("/api/annotations/" + created.json().get("id").asLong());
        } finally {
            removeIfPresent("test-added");
            // The service deletes no actors (annotations may name them); the test removes its own directly.
            jdbc.update("delete from codebook_actor where case_id = ? and actor_key = 'EU'", caseId);
            codebooks.evict(caseId);
        }
        assertThat(codebooks.forCase(caseId).actors()).extracting(ActorDef::key)
                .containsExactly("US", "DPRK", "ROK", "PRC", "UN", "other");
    }

    @Test
    void aChangeAnnouncedByAnotherNodeIsReadAnew() throws InterruptedException {
        codebooks.forCase(caseId);
        // Another node changed the table and announced it: this node's copy must not be served any more.
        jdbc.update("insert into codebook_actor (case_id, actor_key, ordinal, name_en, name_id, version) "
                + "values (?, 'NODE', 99, 'Other node', 'Simpul lain', 0)", caseId);
        try {
            assertThat(codebooks.forCase(caseId).actor("NODE")).as("cached until announced").isEmpty();
            events.publish(new CodebookChanged(caseId));
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(5))
                    .until(() -> codebooks.forCase(caseId).actor("NODE").isPresent());
        } finally {
            jdbc.update("delete from codebook_actor where case_id = ? and actor_key = 'NODE'", caseId);
            codebooks.evict(caseId);
        }
    }

    @Test
    void aCodebookReadBeforeAChangeIsNotServedAfterIt() {
        Codebook before = codebooks.forCase(caseId);
        assertThat(codebooks.forCase(caseId)).isEqualTo(before);
        try {
            codebooks.addCode(caseId, testCode("test-cached", CodeKind.OTHER));
            assertThat(codebooks.forCase(caseId).code("test-cached")).isPresent();
        } finally {
            removeIfPresent("test-cached");
        }
        assertThat(codebooks.forCase(caseId)).isEqualTo(before);
    }

    @Test
    void instructorRenamesAStage() {
        StageDef original = codebooks.forCase(caseId).stage(2).orElseThrow();
        try {
            codebooks.updateStage(caseId, original, new StageDef(2, new Texts("Mutual restraint", "Saling menahan diri"),
                    original.definition()));
            assertThat(codebooks.forCase(caseId).stage(2).orElseThrow().name().en()).isEqualTo("Mutual restraint");
        } finally {
            codebooks.updateStage(caseId, codebooks.forCase(caseId).stage(2).orElseThrow(), original);
        }
        assertThat(codebooks.forCase(caseId).stage(2)).contains(original);
    }

    @Test
    @WithUserDetails("student1")
    void aStudentCannotChangeTheCodebook() {
        Codebook before = codebooks.forCase(caseId);
        CodeDef demand = before.code("demand").orElseThrow();
        CodeDef renamed = new CodeDef("demand", demand.kind(), demand.color(), new Texts("Mine", "Milikku"),
                demand.definition(), demand.examples());

        assertThatThrownBy(() -> codebooks.updateCode(caseId, demand, renamed)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codebooks.addCode(caseId, testCode("test-student", CodeKind.OTHER)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codebooks.addActor(caseId, new ActorDef("EU", new Texts("EU", "Uni Eropa"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codebooks.updateStage(caseId, before.stage(1).orElseThrow(),
                before.stage(1).orElseThrow()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> codebooks.deleteCode(caseId, "demand", "concession"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(codebooks.forCase(caseId)).isEqualTo(before);
    }

    @Test
    void badInputIsRefusedNamingTheField() {
        Codebook before = codebooks.forCase(caseId);
        CodeDef good = testCode("test-bad", CodeKind.OTHER);

        assertRefused(() -> codebooks.addCode(caseId, new CodeDef("Bad Key", good.kind(), good.color(), good.name(),
                good.definition(), good.examples())), "key");
        assertRefused(() -> codebooks.addCode(caseId, new CodeDef("test-bad", good.kind(), "red", good.name(),
                good.definition(), good.examples())), "color");
        assertRefused(() -> codebooks.addCode(caseId, new CodeDef("test-bad", good.kind(), good.color(),
                new Texts("  ", "Buruk"), good.definition(), good.examples())), "name");
        assertRefused(() -> codebooks.addCode(caseId, new CodeDef("test-bad", good.kind(), good.color(),
                new Texts("x".repeat(81), "Buruk"), good.definition(), good.examples())), "name");
        assertRefused(() -> codebooks.addCode(caseId, new CodeDef("test-bad", good.kind(), good.color(), good.name(),
                new Texts("x".repeat(2001), ""), good.examples())), "definition");
        assertRefused(() -> codebooks.addCode(caseId, new CodeDef("test-bad", null, good.color(), good.name(),
                good.definition(), good.examples())), "kind");
        assertRefused(() -> codebooks.addActor(caseId, new ActorDef("1st", new Texts("First", "Pertama"))), "key");
        assertRefused(() -> codebooks.addActor(caseId, new ActorDef("EU", new Texts("EU", ""))), "name");
        StageDef first = codebooks.forCase(caseId).stage(1).orElseThrow();
        StageDef fifth = new StageDef(5, new Texts("Five", "Lima"), NONE);
        assertRefused(() -> codebooks.updateStage(caseId, first, new StageDef(1, NONE, NONE)), "name");
        assertRefused(() -> codebooks.updateStage(caseId, fifth, fifth), "number");

        assertThat(codebooks.forCase(caseId)).isEqualTo(before);
    }

    @Test
    void deletingACodeInUseWithAReplacementMovesItsAnnotations() {
        codebooks.addCode(caseId, testCode("test-move", CodeKind.CONCESSION));
        long first = annotate(student5, "test-move", "Yongbyon");
        long second = annotate(student5, "test-move", passage.get("text").asText().substring(0, 3));
        try {
            assertThat(codebooks.usage(caseId, "test-move")).isEqualTo(2);
            long concessions = codebooks.usage(caseId, "concession");

            // Annotations without a valence cannot become signals: refused, and nothing changes.
            assertRefused(() -> codebooks.deleteCode(caseId, "test-move", "signal"), "replacement");
            assertRefused(() -> codebooks.deleteCode(caseId, "test-move", "test-move"), "replacement");
            assertThat(codebooks.usage(caseId, "test-move")).isEqualTo(2);

            codebooks.deleteCode(caseId, "test-move", "concession");

            assertThat(codebooks.forCase(caseId).code("test-move")).isEmpty();
            assertThat(codebooks.usage(caseId, "test-move")).isZero();
            assertThat(codebooks.usage(caseId, "concession")).isEqualTo(concessions + 2);
            for (long id : List.of(first, second)) {
                JsonNode moved = student5.get("/api/annotations/" + id).json();
                assertThat(moved.get("code").asText()).isEqualTo("concession");
                assertThat(moved.get("author").asText()).isEqualTo("student5");
                assertThat(moved.get("version").asLong()).as("an editor holding the old row gets a conflict").isEqualTo(1);
                // Each annotation's history shows the move, made by whoever changed the codebook.
                JsonNode history = student5.get("/api/annotations/" + id + "/history").json();
                JsonNode change = history.get(history.size() - 1);
                assertThat(change.get("action").asText()).isEqualTo("UPDATED");
                assertThat(change.get("changes").get(0).get("field").asText()).isEqualTo("code");
                assertThat(change.get("changes").get(0).get("before").asText()).isEqualTo("test-move");
                assertThat(change.get("changes").get(0).get("after").asText()).isEqualTo("concession");
            }
        } finally {
            student5.delete("/api/annotations/" + first);
            student5.delete("/api/annotations/" + second);
            removeIfPresent("test-move");
        }
    }

    @Test
    void goldCodingUsesCodesLikeAnyCoding() {
        codebooks.addCode(caseId, testCode("test-gold", CodeKind.CONCESSION));
        ApiClient instructor = ApiClient.as(port, "instructor", "kasus-demo");
        long gold = annotate(instructor, "test-gold", "Yongbyon", "?layer=gold");
        try {
            assertThat(codebooks.usage(caseId, "test-gold")).as("gold alone puts the code in use").isEqualTo(1);
            codebooks.deleteCode(caseId, "test-gold", "concession");
            JsonNode moved = instructor.get("/api/annotations/" + gold).json();
            assertThat(moved.get("code").asText()).isEqualTo("concession");
            assertThat(moved.get("layer").asText()).isEqualTo("gold");
        } finally {
            instructor.delete("/api/annotations/" + gold);
            removeIfPresent("test-gold");
        }
    }

    @Test
    void deletingACodeWithoutAReplacementDeletesItsAnnotations() {
        codebooks.addCode(caseId, testCode("test-drop", CodeKind.DEMAND));
        long dropped = annotate(student6, "test-drop", "Yongbyon");
        long kept = annotate(student6, "concession", "Yongbyon");
        try {
            codebooks.deleteCode(caseId, "test-drop", null);

            assertThat(codebooks.forCase(caseId).code("test-drop")).isEmpty();
            assertThat(student6.get("/api/annotations/" + dropped).status()).isEqualTo(404);
            assertThat(student6.get("/api/annotations/" + kept).json().get("code").asText()).isEqualTo("concession");

            // Not lost: the coder finds it among their deleted coding; it comes back once the code is back.
            JsonNode deleted = student6.get("/api/cases/" + caseId + "/annotations/deleted").json();
            assertThat(deleted.findValues("id").stream().map(JsonNode::asLong)).contains(dropped);
            ApiClient.Response early = student6.post("/api/annotations/" + dropped + "/restore");
            assertThat(early.status()).isEqualTo(409);
            assertThat(early.json().get("error").asText()).contains("'test-drop'", "no longer in this case's codebook");
            assertThat(student6.get("/api/annotations/" + dropped).status()).isEqualTo(404);
            codebooks.addCode(caseId, testCode("test-drop", CodeKind.DEMAND));
            ApiClient.Response restored = student6.post("/api/annotations/" + dropped + "/restore");
            assertThat(restored.status()).as(restored.body()).isEqualTo(200);
            assertThat(restored.json().get("code").asText()).isEqualTo("test-drop");
        } finally {
            student6.delete("/api/annotations/" + dropped);
            student6.delete("/api/annotations/" + kept);
            removeIfPresent("test-drop");
        }
    }

    @Test
    void aBulkChangeThatWouldTouchLockedCodingIsRefusedUntilItIsUnlocked() {
        ApiClient instructor = ApiClient.as(port, "instructor", "kasus-demo");
        String submissions = "/api/cases/" + caseId + "/submissions/";
        codebooks.addCode(caseId, testCode("test-locked", CodeKind.DEMAND));
        String text = passage.get("text").asText();
        List<long[]> created = List.of(
                new long[] {annotate(student5, "test-locked", "Yongbyon"), 5},
                new long[] {annotate(student5, "test-locked", text.substring(0, 3)), 5},
                new long[] {annotate(student6, "test-locked", "Yongbyon"), 6});
        try {
            for (String coder : List.of("student5", "student6")) {
                assertThat(instructor.post(submissions + coder + "/lock").status()).isEqualTo(200);
            }
            assertThat(codebooks.lockedUsage(caseId, "test-locked")).isEqualTo(new CodeUsage.Locked(3, 2));

            // Neither moving nor deleting its annotations: either would change what the instructor locked.
            for (String replacement : new String[] {"demand", null}) {
                assertThatThrownBy(() -> codebooks.deleteCode(caseId, "test-locked", replacement))
                        .isInstanceOfSatisfying(LockedCodingException.class, e -> {
                            assertThat(e.locked()).isEqualTo(new CodeUsage.Locked(3, 2));
                            assertThat(e.getMessage()).contains("3 annotation(s) of 2 coder(s)").contains("unlock");
                        });
            }
            assertThat(codebooks.forCase(caseId).code("test-locked")).isPresent();
            assertThat(codebooks.usage(caseId, "test-locked")).isEqualTo(3);
            assertThat(student6.get("/api/annotations/" + created.get(2)[0]).json().get("code").asText())
                    .isEqualTo("test-locked");

            // One coder unlocked: the other's locked coding still holds the change back, and says how much is left.
            assertThat(instructor.post(submissions + "student5/unlock").status()).isEqualTo(200);
            assertThatThrownBy(() -> codebooks.deleteCode(caseId, "test-locked", "demand"))
                    .isInstanceOfSatisfying(LockedCodingException.class,
                            e -> assertThat(e.locked()).isEqualTo(new CodeUsage.Locked(1, 1)));

            assertThat(instructor.post(submissions + "student6/unlock").status()).isEqualTo(200);
            codebooks.deleteCode(caseId, "test-locked", "demand");
            assertThat(codebooks.forCase(caseId).code("test-locked")).isEmpty();
            assertThat(student6.get("/api/annotations/" + created.get(2)[0]).json().get("code").asText())
                    .isEqualTo("demand");
        } finally {
            for (String coder : List.of("student5", "student6")) {
                instructor.post(submissions + coder + "/unlock");
            }
            for (long[] annotation : created) {
                (annotation[1] == 5 ? student5 : student6).delete("/api/annotations/" + annotation[0]);
            }
            removeIfPresent("test-locked");
        }
    }

    @Test
    void aLockedCodersCodingOfOtherCodesDoesNotHoldBackTheDeletion() {
        ApiClient instructor = ApiClient.as(port, "instructor", "kasus-demo");
        String submissions = "/api/cases/" + caseId + "/submissions/";
        codebooks.addCode(caseId, testCode("test-free", CodeKind.DEMAND));
        long lockedElsewhere = annotate(student6, "concession", "Yongbyon");
        long free = annotate(student5, "test-free", "Yongbyon");
        try {
            assertThat(instructor.post(submissions + "student6/lock").status()).isEqualTo(200);
            assertThat(codebooks.lockedUsage(caseId, "test-free")).isEqualTo(new CodeUsage.Locked(0, 0));
            codebooks.deleteCode(caseId, "test-free", null);
            assertThat(student5.get("/api/annotations/" + free).status()).isEqualTo(404);
            assertThat(student6.get("/api/annotations/" + lockedElsewhere).json().get("code").asText())
                    .isEqualTo("concession");
        } finally {
            instructor.post(submissions + "student6/unlock");
            student6.delete("/api/annotations/" + lockedElsewhere);
            student5.delete("/api/annotations/" + free);
            removeIfPresent("test-free");
        }
    }

    @Test
    void theKindOfACodeInUseCannotChange() {
        codebooks.addCode(caseId, testCode("test-kind", CodeKind.CONCESSION));
        long annotation = annotate(student5, "test-kind", "Yongbyon");
        try {
            assertRefused(() -> codebooks.updateCode(caseId, code("test-kind"), testCode("test-kind", CodeKind.DEMAND)),
                    "kind");
            assertThat(code("test-kind").kind()).isEqualTo(CodeKind.CONCESSION);
            // Its words may still change, and once nothing uses it, its kind too.
            CodeDef renamed = new CodeDef("test-kind", CodeKind.CONCESSION, "#000000", new Texts("Renamed", "Baru"),
                    NONE, NONE);
            assertThat(codebooks.updateCode(caseId, code("test-kind"), renamed)).isEqualTo(renamed);
            student5.delete("/api/annotations/" + annotation);
            assertThat(codebooks.updateCode(caseId, code("test-kind"), testCode("test-kind", CodeKind.DEMAND)).kind())
                    .isEqualTo(CodeKind.DEMAND);
        } finally {
            student5.delete("/api/annotations/" + annotation);
            removeIfPresent("test-kind");
        }
    }

    @Test
    void aCodebookKeepsItsLastCode() {
        // A case of its own, so the demo case keeps all its codes; it is removed (with its codebook) afterwards.
        jdbc.update("insert into case_study (slug, title, body_language, imported_at) "
                + "values ('codebook-it-scratch', 'Scratch', 'en', current_timestamp)");
        long scratch = jdbc.queryForObject("select id from case_study where slug = 'codebook-it-scratch'", Long.class);
        try {
            codebooks.ensureDefault(scratch);
            codebooks.deleteCode(scratch, "concession", null);
            codebooks.deleteCode(scratch, "demand", null);

            assertRefused(() -> codebooks.deleteCode(scratch, "signal", null), "key");
            assertThat(codebooks.forCase(scratch).codes()).extracting(CodeDef::key).containsExactly("signal");
        } finally {
            jdbc.update("delete from case_study where id = ?", scratch);
        }
        assertThat(codebooks.forCase(caseId).codes()).extracting(CodeDef::key)
                .containsExactly("concession", "demand", "signal");
    }
}
