package app.kasus.annotation.ui;

import app.kasus.annotation.SubmissionChanged;
import app.kasus.annotation.SubmissionService;
import app.kasus.base.LiveEvents;
import app.kasus.base.StaleVersionException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import app.kasus.annotation.SubmissionStatus;
import app.kasus.base.ConflictException;
import app.kasus.base.ui.Notify;
import app.kasus.cases.CaseAccess;
import app.kasus.cases.CaseAction;
import app.kasus.security.CurrentUser;
import app.kasus.security.UserAccount;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Set;

/**
 * The coder's own submission on the case page: its status in words, Submit or Withdraw, and while an instructor has
 * locked it, that the coding cannot be changed. Staff also get the link to the case's progress dashboard (by path,
 * so this feature stays independent of the review feature). Self-contained, so the reading view adds it in one line.
 */
class SubmissionBar extends Div {

    private final long caseId;
    private final SubmissionService submissions;
    private final Span status = new Span();
    private final Button submit = new Button();
    private final Button withdraw = new Button();
    private final String me;
    private LiveEvents.Subscription subscription;

    SubmissionBar(long caseId) {
        this.caseId = caseId;
        // Taken from Spring through Vaadin's instantiator, so the reading view needs no new constructor argument.
        this.submissions = VaadinService.getCurrent().getInstantiator().getOrCreate(SubmissionService.class);
        CaseAccess access = VaadinService.getCurrent().getInstantiator().getOrCreate(CaseAccess.class);
        UserAccount user = VaadinService.getCurrent().getInstantiator().getOrCreate(CurrentUser.class).require();
        Set<CaseAction> allowed = access.actions(user, caseId);
        setId("submission-bar");
        addClassName("submission-bar");
        status.setId("submission-status");
        status.getElement().setAttribute("role", "status");
        submit.setText(getTranslation("submission.submit"));
        submit.setId("submission-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> act(() -> submissions.submit(caseId), "submission.submitted"));
        withdraw.setText(getTranslation("submission.withdraw"));
        withdraw.setId("submission-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL);
        withdraw.addClickListener(e -> act(() -> submissions.withdraw(caseId), "submission.withdrawn"));
        add(status, submit, withdraw);
        me = user.getUsername();
        if (allowed.contains(CaseAction.REVIEW_CODING)) {
            Anchor progress = new Anchor("cases/" + caseId + "/progress", getTranslation("progress.link"));
            progress.setId("progress-link");
            progress.addClassName("case-tool-link");
            add(progress);
        }
        if (allowed.contains(CaseAction.MEASURE_AGREEMENT)) {
            Anchor agreement = new Anchor("cases/" + caseId + "/agreement", getTranslation("agreement.link"));
            agreement.setId("agreement-link");
            agreement.addClassName("case-tool-link");
            add(agreement);
        }
        if (allowed.contains(CaseAction.VIEW_ACTIVITY)) {
            Anchor activity = new Anchor("cases/" + caseId + "/activity", getTranslation("activity.link"));
            activity.setId("activity-link");
            activity.addClassName("case-tool-link");
            add(activity);
        }
        if (allowed.contains(CaseAction.REVIEW_DISAGREEMENTS)) {
            Anchor review = new Anchor("cases/" + caseId + "/review", getTranslation("review.link"));
            review.setId("review-link");
            review.addClassName("case-tool-link");
            add(review);
        }
        show(submissions.mine(caseId));
    }

    /** An instructor's lock or unlock shows at once, without a reload. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        LiveEvents events = VaadinService.getCurrent().getInstantiator().getOrCreate(LiveEvents.class);
        subscription = events.subscribe(SubmissionChanged.class, e -> {
            if (e.caseId() == caseId && e.username().equals(me)) {
                try {
                    ui.access(() -> show(submissions.mine(caseId)));
                } catch (UIDetachedException closed) {
                    // The page was closed meanwhile.
                }
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        super.onDetach(detachEvent);
    }

    /**
     * Whether the coder's coding of the case is locked now (asked afresh, not remembered); if so, says so. The
     * reading view asks before it opens the coding panel, so locked coding is read-only there.
     */
    boolean refusesChanges() {
        SubmissionStatus now = submissions.mine(caseId);
        show(now);
        if (now.locked()) {
            Notify.error(getTranslation("submission.mine.locked"));
        }
        return now.locked();
    }

    private void act(Runnable action, String messageKey) {
        try {
            action.run();
            Notify.success(getTranslation(messageKey));
        } catch (ConflictException | StaleVersionException e) {
            Notify.error(SubmissionService.LOCKED.equals(e.getMessage()) ? getTranslation("submission.lockedError")
                    : getTranslation("progress.failed", e.getMessage()));
        }
        show(submissions.mine(caseId));
    }

    private void show(SubmissionStatus s) {
        status.setText(switch (s.state()) {
            case NOT_SUBMITTED -> getTranslation("submission.mine.notSubmitted");
            case SUBMITTED -> getTranslation("submission.mine.submitted", when(s.submittedAt()));
            case LOCKED -> getTranslation("submission.mine.locked");
        });
        submit.setVisible(s.state() == SubmissionStatus.State.NOT_SUBMITTED);
        withdraw.setVisible(s.state() == SubmissionStatus.State.SUBMITTED);
        getElement().setAttribute("data-state", s.state().name().toLowerCase(Locale.ROOT));
    }

    private String when(Instant instant) {
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }
}
