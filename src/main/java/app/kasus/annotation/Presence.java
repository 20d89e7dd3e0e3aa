package app.kasus.annotation;

import app.kasus.base.LiveEvents;
import app.kasus.group.CodingVisibility;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.annotation.PresenceStore.Visit;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Who is reading which case now, and in which section, per open reading view: in memory on one node, in the
 * database with several ({@link PresenceStore}). Every change is published as {@link PresenceChanged} once it is
 * stored; readers are shown only to those who may see their coding (groupmates; staff see everyone), the same rule
 * as for coding. The open views of a case on this node share one answer per change: who reads it and which of them
 * share a group, asked once, not once per view (issue 10: with a class reading, each change cost every open view
 * three queries).
 */
@Component
public class Presence {

    private static final Logger log = LoggerFactory.getLogger(Presence.class);

    /** One reader as others see them, by their display name; {@code section} is the heading they are reading, or empty. */
    public record Reader(String username, String displayName, String section) {
    }

    /** Who looks at a case's readers: only {@link #viewer()} makes one, from the signed-in user. */
    public static final class Viewer {
        private final String username;
        private final boolean seesEveryone;

        private Viewer(String username, boolean seesEveryone) {
            this.username = username;
            this.seesEveryone = seesEveryone;
        }
    }

    /** The case's visits and, for each reader in a group, which readers share one with them; until the next change. */
    private record CaseReaders(List<Visit> visits, Map<String, Set<String>> groupmates) {
    }

    private record Watch(LongSupplier caseId, Runnable changed) {
    }

    /** This node's open views: which case each showed last, and whose it is. */
    private final Map<String, Visit> visits = new ConcurrentHashMap<>();
    private final Map<Long, CaseReaders> readersByCase = new ConcurrentHashMap<>();
    private final List<Watch> watches = new CopyOnWriteArrayList<>();
    private final PresenceStore store;
    private final LiveEvents events;
    private final CurrentUser currentUser;
    private final CodingVisibility visibility;

    Presence(PresenceStore store, LiveEvents events, CurrentUser currentUser, CodingVisibility visibility) {
        this.store = store;
        this.events = events;
        this.currentUser = currentUser;
        this.visibility = visibility;
        events.subscribe(PresenceChanged.class, this::changed);
    }

    /** A view ({@code viewKey}, unique per open page) shows the case to the signed-in user, now at that section. */
    public void reading(String viewKey, long caseId, String section) {
        UserAccount me = currentUser.require();
        Visit visit = new Visit(caseId, me.getUsername(), me.getDisplayName(), section == null ? "" : section);
        Visit before = visits.put(viewKey, visit);
        store.apply(() -> {
            store.save(viewKey, visit);
            if (before != null && before.caseId() != caseId) {
                events.publish(new PresenceChanged(before.caseId()));
            }
            events.publish(new PresenceChanged(caseId));
        });
    }

    public void left(String viewKey) {
        Visit before = visits.remove(viewKey);
        if (before != null) {
            store.apply(() -> {
                store.remove(viewKey);
                events.publish(new PresenceChanged(before.caseId()));
            });
        }
    }

    /** As {@link #left}, for a request of the reader's: nobody can end someone else's visit. */
    public void leftBySignedInUser(String viewKey) {
        String me = currentUser.require().getUsername();
        Visit visit = visits.get(viewKey);
        if (visit != null && visit.username().equals(me)) {
            left(viewKey);
        }
    }

    /** The signed-in user as a viewer of readers; asked once per open view. */
    public Viewer viewer() {
        UserAccount me = currentUser.require();
        return new Viewer(me.getUsername(), visibility.seesEveryone(me));
    }

    /**
     * Calls {@code changed} (on the live-event thread) whenever who reads the case shown changes ({@code caseId}, asked
     * per change: a view may move to another case), until the subscription is closed.
     */
    public LiveEvents.Subscription watch(LongSupplier caseId, Runnable changed) {
        Watch watch = new Watch(caseId, changed);
        watches.add(watch);
        return () -> watches.remove(watch);
    }

    /** The others reading the case whom the viewer may see, one entry per person (their latest page). */
    public List<Reader> othersReading(long caseId, Viewer viewer) {
        CaseReaders now = readersByCase.computeIfAbsent(caseId, this::askReaders);
        Set<String> mates = viewer.seesEveryone ? Set.of() : now.groupmates().getOrDefault(viewer.username, Set.of());
        Map<String, Reader> readers = new LinkedHashMap<>();
        for (Visit v : now.visits()) {
            if (!v.username().equals(viewer.username) && (viewer.seesEveryone || mates.contains(v.username()))) {
                readers.put(v.username(), new Reader(v.username(), v.displayName(), v.section()));
            }
        }
        return readers.values().stream().sorted(Comparator.comparing(Reader::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Reader::username)).toList();
    }

    private CaseReaders askReaders(long caseId) {
        List<Visit> onCase = List.copyOf(store.onCase(caseId));
        Set<String> names = new HashSet<>();
        onCase.forEach(v -> names.add(v.username()));
        return new CaseReaders(onCase, visibility.groupmatesAmong(names));
    }

    /** Forgets the case's answer before any view asks again: its views learn of the change only after that. */
    void changed(PresenceChanged event) {
        readersByCase.remove(event.caseId());
        for (Watch watch : watches) {
            if (watch.caseId().getAsLong() == event.caseId()) {
                try {
                    watch.changed().run();
                } catch (RuntimeException e) {
                    log.warn("A reading view failed on {}", event, e);
                }
            }
        }
    }
}
