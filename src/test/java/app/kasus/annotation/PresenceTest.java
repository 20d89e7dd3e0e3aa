package app.kasus.annotation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.kasus.base.LiveEvents;
import app.kasus.group.CodingVisibility;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PresenceTest {

    private static final long CASE = 1;
    private static final long OTHER_CASE = 2;

    /** Delivers at once, on the caller's thread: enough to see what each change asks and whom it reaches. */
    private final List<Consumer<Object>> listeners = new ArrayList<>();
    private final LiveEvents events = new LiveEvents() {
        @Override
        public void publish(Object event) {
            List.copyOf(listeners).forEach(l -> l.accept(event));
        }

        @Override
        public <T> Subscription subscribe(Class<T> type, Consumer<? super T> listener) {
            Consumer<Object> typed = e -> {
                if (type.isInstance(e)) {
                    listener.accept(type.cast(e));
                }
            };
            listeners.add(typed);
            return () -> listeners.remove(typed);
        }
    };
    private final AtomicInteger storeQueries = new AtomicInteger();
    private final LocalPresenceStore store = new LocalPresenceStore() {
        @Override
        public List<Visit> onCase(long caseId) {
            storeQueries.incrementAndGet();
            return super.onCase(caseId);
        }
    };
    private final CurrentUser currentUser = mock(CurrentUser.class);
    private final CodingVisibility visibility = mock(CodingVisibility.class);
    private Presence presence;

    @BeforeEach
    void setUp() {
        // ani and budi share a group; cici is in none; ina is an instructor, who sees everyone.
        when(visibility.groupmatesAmong(any())).thenAnswer(call -> {
            java.util.Collection<String> among = call.getArgument(0);
            Map<String, Set<String>> mates = new java.util.HashMap<>();
            for (String name : among) {
                if (name.equals("ani") || name.equals("budi")) {
                    mates.put(name, new java.util.HashSet<>(Set.of("ani", "budi")));
                    mates.get(name).retainAll(among);
                }
            }
            return mates;
        });
        presence = new Presence(store, events, currentUser, visibility);
    }

    @Test
    void readersAreShownToGroupmatesAndStaffOnlyNeverToThemselves() {
        Presence.Viewer ani = open("ani", "view-ani", CASE, false);
        Presence.Viewer budi = open("budi", "view-budi", CASE, false);
        Presence.Viewer cici = open("cici", "view-cici", CASE, false);
        Presence.Viewer ina = open("ina", "view-ina", CASE, true);
        open("ani", "view-ani-elsewhere", OTHER_CASE, false);

        assertThat(names(presence.othersReading(CASE, ani))).containsExactly("budi");
        assertThat(names(presence.othersReading(CASE, budi))).containsExactly("ani");
        assertThat(names(presence.othersReading(CASE, cici))).isEmpty();
        assertThat(names(presence.othersReading(CASE, ina))).containsExactly("ani", "budi", "cici");
    }

    @Test
    void everyViewOfTheCaseSharesOneQuestionPerChange() {
        List<Presence.Viewer> viewers = new ArrayList<>();
        for (String name : List.of("ani", "budi", "cici", "ina")) {
            viewers.add(open(name, "view-" + name, CASE, name.equals("ina")));
        }
        AtomicInteger told = new AtomicInteger();
        presence.watch(() -> CASE, told::incrementAndGet);
        presence.watch(() -> OTHER_CASE, () -> {
            throw new AssertionError("a view of another case is not told");
        });
        int storeBefore = storeQueries.get();

        viewers.forEach(v -> presence.othersReading(CASE, v));
        viewers.forEach(v -> presence.othersReading(CASE, v));
        assertThat(storeQueries.get() - storeBefore).isEqualTo(1);

        // budi moves on to another section: the case's views are told, and the next answer is asked anew, once.
        signedIn("budi", false);
        presence.reading("view-budi", CASE, "Hanoi");
        assertThat(told.get()).isEqualTo(1);
        viewers.forEach(v -> presence.othersReading(CASE, v));
        assertThat(storeQueries.get() - storeBefore).isEqualTo(2);
        assertThat(presence.othersReading(CASE, viewers.get(0)))
                .containsExactly(new Presence.Reader("budi", "Budi", "Hanoi"));

        presence.left("view-budi");
        assertThat(told.get()).isEqualTo(2);
        assertThat(presence.othersReading(CASE, viewers.get(0))).isEmpty();
        verify(visibility, times(3)).groupmatesAmong(any());
    }

    private Presence.Viewer open(String username, String viewKey, long caseId, boolean staff) {
        signedIn(username, staff);
        presence.reading(viewKey, caseId, "");
        return presence.viewer();
    }

    private void signedIn(String username, boolean staff) {
        UserAccount account = mock(UserAccount.class);
        when(account.getUsername()).thenReturn(username);
        when(account.getDisplayName()).thenReturn(Character.toUpperCase(username.charAt(0)) + username.substring(1));
        when(currentUser.require()).thenReturn(account);
        when(visibility.seesEveryone(account)).thenReturn(staff);
    }

    private static List<String> names(List<Presence.Reader> readers) {
        return readers.stream().map(Presence.Reader::username).toList();
    }
}
