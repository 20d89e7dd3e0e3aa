package app.kasus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.LockedUi;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A page's figures are computed on a compute thread that does not hold the session lock, as the viewer, while the
 * request that asked for them still holds it; only showing them takes the lock; a superseded result is dropped.
 */
class AsViewerTest {

    private final LockedUi locked = new LockedUi();
    private final VaadinSession session = locked.session();
    private final UI ui = locked.ui();
    private final List<String> shown = new CopyOnWriteArrayList<>();
    private final List<RuntimeException> failures = new CopyOnWriteArrayList<>();
    private final List<Boolean> shownUnderLock = new CopyOnWriteArrayList<>();

    @BeforeEach
    void signIn() {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("viewer", "n/a"));
    }

    @AfterEach
    void tearDown() {
        SecurityContextHolder.clearContext();
        locked.leaveRequest();
    }

    @Test
    void computesOffTheSessionLockAsTheViewerWhileTheRequestHoldsTheLock() throws InterruptedException {
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicReference<Boolean> lockHeld = new AtomicReference<>();
        AtomicReference<VaadinSession> currentSession = new AtomicReference<>();
        AtomicReference<String> viewer = new AtomicReference<>();
        CountDownLatch computed = new CountDownLatch(1);
        CountDownLatch displayed = new CountDownLatch(1);

        // The request thread: Vaadin holds the session lock while it runs beforeEnter or a listener.
        locked.enterRequest();
        new AsViewer(ui).compute(new LatestOnly(), () -> {
            thread.set(Thread.currentThread().getName());
            lockHeld.set(session.hasLock());
            currentSession.set(VaadinSession.getCurrent());
            viewer.set(SecurityContextHolder.getContext().getAuthentication().getName());
            computed.countDown();
            return "figures";
        }, result -> {
            shown.add(result);
            shownUnderLock.add(session.hasLock());
            displayed.countDown();
        }, failures::add);

        // Were the computation to need the lock, it could not finish while the request still holds it.
        assertThat(computed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(thread.get()).startsWith("kasus-compute-").isNotEqualTo(Thread.currentThread().getName());
        assertThat(lockHeld.get()).isFalse();
        assertThat(currentSession.get()).isNull();
        assertThat(viewer.get()).isEqualTo("viewer");
        assertThat(shown).isEmpty();

        locked.leaveRequest();
        assertThat(displayed.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(shown).containsExactly("figures");
        assertThat(shownUnderLock).containsExactly(true);
        assertThat(failures).isEmpty();
    }

    @Test
    void aNewerComputationDropsTheResultOfAnOlderOneStillRunning() {
        List<Runnable> queued = new ArrayList<>();
        AsViewer asViewer = new AsViewer(ui, queued::add);
        LatestOnly latest = new LatestOnly();
        List<String> computedChoices = new ArrayList<>();

        asViewer.compute(latest, () -> {
            computedChoices.add("old");
            return "old";
        }, shown::add, failures::add);
        asViewer.compute(latest, () -> {
            computedChoices.add("new");
            return "new";
        }, shown::add, failures::add);
        queued.get(1).run();
        queued.get(0).run();

        assertThat(shown).containsExactly("new");
        assertThat(computedChoices).as("a superseded computation not yet started is not started at all")
                .containsExactly("new");
    }

    @Test
    void aResultArrivingAfterANewerChoiceIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        AsViewer asViewer = new AsViewer(ui, queued::add);
        LatestOnly latest = new LatestOnly();
        asViewer.compute(latest, () -> {
            latest.start(); // the reader chooses again while this one computes
            return "old";
        }, shown::add, failures::add);
        queued.get(0).run();

        assertThat(shown).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void aFailureReachesThePageUnderTheLock() {
        List<Runnable> queued = new ArrayList<>();
        IllegalStateException broken = new IllegalStateException("broken");
        new AsViewer(ui, queued::add).<String>compute(new LatestOnly(), () -> {
            throw broken;
        }, shown::add, failure -> {
            failures.add(failure);
            shownUnderLock.add(session.hasLock());
        });
        queued.get(0).run();

        assertThat(failures).containsExactly(broken);
        assertThat(shownUnderLock).containsExactly(true);
        assertThat(shown).isEmpty();
    }

    @Test
    void aFullQueueIsSaidToThePageAtOnce() {
        new AsViewer(ui, task -> {
            throw new RejectedExecutionException("full");
        }).compute(new LatestOnly(), () -> "never", shown::add, failures::add);

        assertThat(failures).singleElement().isInstanceOf(RejectedExecutionException.class);
        assertThat(Computing.failureKey(failures.get(0))).isEqualTo("compute.busy");
        assertThat(Computing.failureKey(new IllegalStateException())).isEqualTo("compute.failed");
    }
}
