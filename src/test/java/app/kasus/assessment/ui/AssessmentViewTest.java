package app.kasus.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.kasus.assessment.AssessmentService;
import app.kasus.base.ui.Computing;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.testsupport.LockedUi;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/**
 * Opening the page answers at once: the assessment is asked of the service on a compute thread while the request
 * still holds the session lock, and its answer (here a refusal) reaches the page afterwards.
 */
class AssessmentViewTest {

    private static final long CASE_ID = 7;

    private final LockedUi locked = new LockedUi();
    private final CaseService cases = mock(CaseService.class);
    private final AssessmentService assessments = mock(AssessmentService.class);

    @AfterEach
    void leave() {
        locked.leaveRequest();
    }

    @Test
    void theServiceComputesOffTheSessionLockAndItsRefusalIsShownOnThePage() throws InterruptedException {
        when(cases.summary(CASE_ID)).thenReturn(Optional.of(new CaseSummary(CASE_ID, "A case", 3, null)));
        when(assessments.sources(CASE_ID)).thenReturn(List.of("me"));
        AtomicReference<String> thread = new AtomicReference<>();
        AtomicReference<Boolean> lockHeld = new AtomicReference<>();
        AtomicReference<VaadinSession> currentSession = new AtomicReference<>();
        CountDownLatch asked = new CountDownLatch(1);
        when(assessments.assess(CASE_ID, "me")).thenAnswer(call -> {
            thread.set(Thread.currentThread().getName());
            lockHeld.set(locked.session().hasLock());
            currentSession.set(VaadinSession.getCurrent());
            asked.countDown();
            throw new AccessDeniedException("not yours");
        });
        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getRouteParameters()).thenReturn(new RouteParameters("caseId", Long.toString(CASE_ID)));
        when(event.getLocation()).thenReturn(new Location("cases/7/assessment", QueryParameters.of("source", "me")));
        when(event.getUI()).thenReturn(locked.ui());
        AssessmentView view = new AssessmentView(assessments, cases);

        locked.enterRequest();
        locked.ui().add(view);
        view.beforeEnter(event);
        Div results = (Div) view.getChildren().filter(c -> "assessment-results".equals(c.getId().orElse(null)))
                .findFirst().orElseThrow();
        Component computing = results.getChildren().findFirst().orElseThrow();
        assertThat(computing).isInstanceOf(Computing.class);
        CountDownLatch replaced = new CountDownLatch(1);
        computing.addDetachListener(e -> replaced.countDown());

        // The request has not ended (it holds the lock), yet the service has been asked: not on this thread.
        assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(thread.get()).startsWith("kasus-compute-");
        assertThat(lockHeld.get()).isFalse();
        assertThat(currentSession.get()).isNull();
        assertThat(results.getElement().getAttribute("aria-busy")).isEqualTo("true");

        locked.leaveRequest();
        assertThat(replaced.await(10, TimeUnit.SECONDS)).isTrue();
        locked.enterRequest(); // waits for the change that replaced the indicator to finish
        assertThat(results.getElement().getAttribute("aria-busy")).isEqualTo("false");
        assertThat(results.getChildren().map(c -> ((Paragraph) c).getText()))
                .containsExactly("assessment.error.denied");
    }
}
