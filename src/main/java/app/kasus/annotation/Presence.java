package app.kasus.annotation;

import app.kasus.base.LiveEvents;
import app.kasus.group.CodingVisibility;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import app.kasus.annotation.PresenceStore.Visit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Who is reading which case now, and in which section, per open reading view: in memory on one node, in the
 * database with several ({@link PresenceStore}). Every change is published as {@link PresenceChanged} once it is
 * stored; readers are shown only to those who may see their coding (groupmates; staff see everyone), the same rule
 * as for coding.
 */
@Component
public class Presence {

    /** One reader as others see them, by their display name; {@code section} is the heading they are reading, or empty. */
    public record Reader(String username, String displayName, String section) {
    }

    /** This node's open views: which case each showed last, and whose it is. */
    private final Map<String, Visit> visits = new ConcurrentHashMap<>();
    private final PresenceStore store;
    private final LiveEvents events;
    private final CurrentUser currentUser;
    private final CodingVisibility visibility;

    Presence(PresenceStore store, LiveEvents events, CurrentUser currentUser, CodingVisibility visibility) {
        this.store = store;
        this.events = events;
        this.currentUser = currentUser;
        this.visibility = visibility;
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

    /** The others reading the case whom the signed-in user may see, one entry per person (their latest page). */
    public List<Reader> othersReading(long caseId) {
        UserAccount me = currentUser.require();
        boolean everyone = visibility.seesEveryone(me);
        Set<String> mates = everyone ? Set.of() : visibility.groupmates(me);
        Map<String, Reader> readers = new LinkedHashMap<>();
        for (Visit v : store.onCase(caseId)) {
            if (!v.username().equals(me.getUsername())
                    && (everyone || mates.contains(v.username()))) {
                readers.put(v.username(), new Reader(v.username(), v.displayName(), v.section()));
            }
        }
        return readers.values().stream().sorted(java.util.Comparator.comparing(Reader::displayName, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(Reader::username)).toList();
    }
}
