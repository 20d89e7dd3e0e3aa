package app.kasus.annotation;

import app.kasus.base.LiveEvents;
import app.kasus.group.CodingVisibility;
import app.kasus.security.Usernames;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Coding changes as the open reading views of a case receive them. A change that carries its annotation reaches
 * each view with whether the viewer shares a group with its author, asked of {@link CodingVisibility} once per
 * change for all open views: the view can then show it without a query of its own (issue 10: a query per view per
 * change kept a seminar's updates seconds behind). Whether the viewer may see everyone is the view's to add.
 */
@Component
public class LiveCoding {

    private static final Logger log = LoggerFactory.getLogger(LiveCoding.class);

    /**
     * {@code fromGroupmate}: the viewer is the author or shares a group with them. A change without its annotation
     * (from another node, or many at once) comes with false: the view asks for it, under its viewer's rules.
     */
    public record Change(CodingChanged event, boolean fromGroupmate) {
    }

    private record Viewer(LongSupplier caseId, String username, Consumer<Change> listener) {
    }

    private final CodingVisibility visibility;
    private final List<Viewer> viewers = new CopyOnWriteArrayList<>();

    LiveCoding(LiveEvents events, CodingVisibility visibility) {
        this.visibility = visibility;
        events.subscribe(CodingChanged.class, this::deliver);
    }

    /**
     * The coding changes of the case shown ({@code caseId}, asked per change: a view may move to another case) for one
     * viewer, on the live-event thread, until the subscription is closed.
     */
    public LiveEvents.Subscription subscribe(LongSupplier caseId, String username, Consumer<Change> listener) {
        Viewer viewer = new Viewer(caseId, Usernames.normalize(username), listener);
        viewers.add(viewer);
        return () -> viewers.remove(viewer);
    }

    void deliver(CodingChanged event) {
        List<Viewer> reached = viewers.stream().filter(v -> v.caseId().getAsLong() == event.caseId()).toList();
        if (reached.isEmpty()) {
            return;
        }
        CodingChanged change = event;
        Set<String> mates = Set.of();
        if (event.annotation() != null && event.author() != null) {
            try {
                mates = visibility.groupmatesOf(event.author());
            } catch (RuntimeException e) {
                // Without the answer nobody is shown the annotation from here: every view asks for it itself.
                log.warn("Could not ask who sees {}'s coding; the open views reload the passage", event.author(), e);
                change = new CodingChanged(event.caseId(), event.annotationId(), event.passageId(), event.author(),
                        event.change());
            }
        }
        for (Viewer viewer : reached) {
            boolean fromGroupmate = change.annotation() != null && mates.contains(viewer.username());
            try {
                viewer.listener().accept(new Change(change, fromGroupmate));
            } catch (RuntimeException e) {
                log.warn("A reading view failed on {}", event, e);
            }
        }
    }
}
