package app.kasus.base;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.CommentsChanged;
import app.kasus.annotation.FeedbackChanged;
import app.kasus.annotation.GoldReleaseChanged;
import app.kasus.annotation.PresenceChanged;
import app.kasus.annotation.SubmissionChanged;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** What one node NOTIFYs the others reads back as the same event there, and nothing else is taken for one. */
class PostgresLiveEventsTest {

    private final ObjectMapper json = Jackson2ObjectMapperBuilder.json().build();
    private final PostgresLiveEvents sender = new PostgresLiveEvents(null, null, json, new ClusterNode());
    private final PostgresLiveEvents receiver = new PostgresLiveEvents(null, null, json, new ClusterNode());

    @Test
    void everyEventTravelsAsItsIdsAndArrivesEqual() {
        List<Object> events = List.of(
                new CodingChanged(7, 42L, 3, "siti.rahma", CodingChanged.Change.UPDATED),
                new CodingChanged(7, null, 0, null, CodingChanged.Change.MANY),
                new CommentsChanged(7, 42),
                new FeedbackChanged(7, 42, "budi"),
                new GoldReleaseChanged(7, true),
                new PresenceChanged(7),
                new SubmissionChanged(7, "budi"));
        for (Object event : events) {
            String payload = sender.serialize(event);
            // NOTIFY takes at most 8000 bytes; ids stay far below.
            assertThat(payload.length()).isLessThan(400);
            assertThat(receiver.deserialize(payload)).isEqualTo(event);
        }
    }

    @Test
    void aChangedAnnotationStaysOnItsNodeTheOthersGetTheIdsAndAskForIt() {
        AnnotationData note = new AnnotationData(42, 7, 3, 0, 4, "text", "concession", "US", "DPRK", 1, null, null,
                "n".repeat(9_000), null, "siti.rahma", 2, Instant.EPOCH, Instant.EPOCH, false, null);
        String payload = sender.serialize(new CodingChanged(7, 42L, 3, "siti.rahma", CodingChanged.Change.UPDATED, note));
        assertThat(payload.length()).isLessThan(400);
        assertThat(receiver.deserialize(payload))
                .isEqualTo(new CodingChanged(7, 42L, 3, "siti.rahma", CodingChanged.Change.UPDATED));
    }

    @Test
    void aNodeIgnoresWhatItSentItself() {
        assertThat(sender.deserialize(sender.serialize(new PresenceChanged(7)))).isNull();
    }

    @Test
    void onlyOurOwnEventRecordsAreRead() {
        assertThat(receiver.deserialize("{\"node\":\"x\",\"type\":\"java.lang.ProcessBuilder\",\"event\":{}}")).isNull();
        assertThat(receiver.deserialize("{\"node\":\"x\",\"type\":\"app.kasus.base.ClusterNode\",\"event\":{}}")).isNull();
        assertThat(receiver.deserialize("{\"node\":\"x\",\"type\":\"app.kasus.NoSuchEvent\",\"event\":{}}")).isNull();
        assertThat(receiver.deserialize("not json")).isNull();
    }
}
