package app.kasus.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.kasus.base.LiveEvents;
import app.kasus.group.CodingVisibility;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each open view of a case hears a change with whether its viewer shares a group with the author, asked once per
 * change however many views are open; views of other cases hear nothing.
 */
class LiveCodingTest {

    private final CodingVisibility visibility = mock(CodingVisibility.class);
    private final List<Consumer<? super CodingChanged>> subscribers = new ArrayList<>();
    private final LiveEvents events = new LiveEvents() {
        @Override
        public void publish(Object event) {
            subscribers.forEach(s -> s.accept((CodingChanged) event));
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> Subscription subscribe(Class<T> type, Consumer<? super T> listener) {
            subscribers.add((Consumer<? super CodingChanged>) listener);
            return () -> subscribers.remove(listener);
        }
    };
    private final LiveCoding live = new LiveCoding(events, visibility);

    @Test
    void everyViewOfTheCaseLearnsWhetherItsViewerIsTheAuthorsGroupmateFromOneQuestion() {
        when(visibility.groupmatesOf("budi")).thenReturn(Set.of("budi", "siti"));
        List<String> heard = new ArrayList<>();
        live.subscribe(() -> 7, "Siti", c -> heard.add("siti " + c.fromGroupmate()));
        live.subscribe(() -> 7, "budi", c -> heard.add("budi " + c.fromGroupmate()));
        live.subscribe(() -> 7, "eko", c -> heard.add("eko " + c.fromGroupmate()));
        live.subscribe(() -> 8, "siti", c -> heard.add("other case"));
        events.publish(AnnotationService.changed(annotation(7, "budi"), CodingChanged.Change.CREATED));
        assertThat(heard).containsExactly("siti true", "budi true", "eko false");
        verify(visibility, times(1)).groupmatesOf("budi");
    }

    @Test
    void withoutAnAnswerAboutTheAuthorTheViewsGetTheChangeWithoutItsAnnotationAndAskThemselves() {
        when(visibility.groupmatesOf("budi")).thenThrow(new IllegalStateException("database gone"));
        List<LiveCoding.Change> heard = new ArrayList<>();
        live.subscribe(() -> 7, "siti", heard::add);
        events.publish(AnnotationService.changed(annotation(7, "budi"), CodingChanged.Change.UPDATED));
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).event().annotation()).isNull();
        assertThat(heard.get(0).event().passageId()).isEqualTo(3);
        assertThat(heard.get(0).fromGroupmate()).isFalse();
    }

    @Test
    void aClosedSubscriptionHearsNothingMore() {
        List<LiveCoding.Change> heard = new ArrayList<>();
        live.subscribe(() -> 7, "siti", heard::add).close();
        events.publish(new CodingChanged(7, null, 0, null, CodingChanged.Change.MANY));
        assertThat(heard).isEmpty();
    }

    private static AnnotationData annotation(long caseId, String author) {
        return new AnnotationData(5, caseId, 3, 0, 4, "text", "concession", "US", "DPRK", 1, null, null, null, null,
                author, 0, Instant.EPOCH, Instant.EPOCH, false, null);
    }
}
