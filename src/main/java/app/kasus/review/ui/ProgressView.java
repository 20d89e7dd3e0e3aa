package app.kasus.review.ui;

import app.kasus.annotation.CoderProgress;
import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.GoldReleaseChanged;
import app.kasus.annotation.GoldReleaseStatus;
import app.kasus.annotation.GoldService;
import app.kasus.annotation.SubmissionChanged;
import app.kasus.base.LiveEvents;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import java.util.ArrayList;
import app.kasus.annotation.ProgressService;
import app.kasus.annotation.SubmissionService;
import app.kasus.base.ConflictException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.AsViewer;
import app.kasus.base.ui.Computing;
import app.kasus.base.ui.LatestOnly;
import app.kasus.base.ui.Notify;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.ui.CaseRoute;
import app.kasus.security.Role;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import java.util.Locale;

/**
 * The instructors' dashboard of a case: per group and student how much they coded, how many passages their coding
 * covers, whether they submitted and whether it is locked, and when they last changed an annotation. Each row
 * locks or unlocks that student's coding and opens it read-only in the reading view. Above the table, the case's gold
 * coding is released to students or withdrawn.
 */
@Route("cases/:caseId/progress")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME})
class ProgressView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final ProgressService progress;
    private final SubmissionService submissions;
    private final LiveEvents events;
    private final List<LiveEvents.Subscription> subscriptions = new ArrayList<>();
    private final Grid<CoderProgress> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final GoldService gold;
    private final Paragraph goldState = new Paragraph();
    private final Button goldToggle = new Button();
    private final LatestOnly latest = new LatestOnly();
    private AsViewer asViewer;
    private Computing computing;
    private long caseId;
    private String title = "";

    ProgressView(CaseService cases, ProgressService progress, SubmissionService submissions, LiveEvents events,
                 GoldService gold) {
        this.gold = gold;
        this.events = events;
        this.cases = cases;
        this.progress = progress;
        this.submissions = submissions;
        addClassName("progress-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<CaseSummary> found = CaseRoute.find(event, cases, this);
        if (found.isEmpty()) {
            latest.start();
            title = "";
            return;
        }
        caseId = found.get().id();
        title = found.get().title();
        asViewer = new AsViewer(event.getUI());
        // By path, like the other case pages: this feature depends on the coding feature's services only.
        Anchor back = new Anchor("cases/" + caseId, getTranslation("progress.back"));
        back.setId("progress-back");
        back.addClassName("case-tool-link");
        Anchor review = new Anchor("cases/" + caseId + "/review", getTranslation("review.link"));
        review.setId("progress-review");
        review.addClassName("case-tool-link");
        Paragraph intro = new Paragraph(getTranslation("progress.intro"));
        intro.addClassName("progress-intro");
        summary.setId("progress-summary");
        Anchor agreement = new Anchor("cases/" + caseId + "/agreement", getTranslation("agreement.link"));
        agreement.setId("progress-agreement");
        agreement.addClassName("case-tool-link");
        Button refresh = new Button(getTranslation("progress.refresh"), e -> reload());
        refresh.setId("progress-refresh");
        Anchor scores = new Anchor("cases/" + caseId + "/scores", getTranslation("scores.link"));
        scores.setId("progress-scores");
        scores.addClassName("case-tool-link");
        add(new HorizontalLayout(back, review), new H1(getTranslation("progress.title", title)), intro, goldBar(),
                new HorizontalLayout(summary, refresh, agreement, scores), computing = new Computing(), grid());
        reload();
    }

    /** Follows submissions and coding of the case as they happen, so the figures need no reload. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        subscriptions.add(events.subscribe(SubmissionChanged.class, e -> refreshIfShown(ui, e.caseId())));
        subscriptions.add(events.subscribe(CodingChanged.class, e -> refreshIfShown(ui, e.caseId())));
        subscriptions.add(events.subscribe(GoldReleaseChanged.class, e -> refreshIfShown(ui, e.caseId())));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscriptions.forEach(LiveEvents.Subscription::close);
        subscriptions.clear();
        super.onDetach(detachEvent);
    }

    private void refreshIfShown(UI ui, long changedCase) {
        if (changedCase != caseId) {
            return;
        }
        try {
            ui.access(() -> {
                if (caseId == changedCase && !title.isEmpty()) {
                    reload();
                }
            });
        } catch (UIDetachedException closed) {
            // The page was closed meanwhile; its subscriptions end with it.
        }
    }

    private Grid<CoderProgress> grid() {
        grid.removeAllColumns();
        grid.setId("progress-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("progress.grid"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("progress.empty"));
        grid.setAllRowsVisible(true);
        grid.addColumn(p -> p.groups().isEmpty() ? getTranslation("progress.noGroup") : String.join(", ", p.groups()))
                .setHeader(getTranslation("progress.column.group")).setAutoWidth(true);
        grid.addColumn(p -> p.displayName() + " (" + p.username() + ")")
                .setHeader(getTranslation("progress.column.student")).setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(CoderProgress::annotations).setHeader(getTranslation("progress.column.annotations"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(CoderProgress::passagesCovered).setHeader(getTranslation("progress.column.passages"))
                .setAutoWidth(true).setFlexGrow(0).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(this::statusText).setHeader(getTranslation("progress.column.status")).setAutoWidth(true);
        grid.addColumn(p -> when(p.lastActivity())).setHeader(getTranslation("progress.column.lastActivity"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("progress.column.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        return grid;
    }

    private HorizontalLayout goldBar() {
        goldState.setId("gold-release-state");
        goldToggle.setId("gold-release");
        goldToggle.setVisible(gold.mayEditGold());
        goldToggle.addClickListener(e -> toggleRelease());
        HorizontalLayout bar = new HorizontalLayout(goldState, goldToggle);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("gold-release-bar");
        return bar;
    }

    private void showRelease(GoldReleaseStatus release) {
        goldToggle.setEnabled(true);
        goldState.setText(release.released() ? getTranslation("progress.gold.released", when(release.releasedAt()))
                : getTranslation("progress.gold.withheld"));
        goldToggle.setText(getTranslation(release.released() ? "progress.gold.withdraw" : "progress.gold.release"));
        goldToggle.getElement().setAttribute("data-released", Boolean.toString(release.released()));
    }

    private void toggleRelease() {
        boolean released = Boolean.parseBoolean(goldToggle.getElement().getAttribute("data-released"));
        try {
            if (released) {
                gold.withdrawRelease(caseId);
                Notify.success(getTranslation("progress.gold.withdrawnDone"));
            } else {
                gold.release(caseId);
                Notify.success(getTranslation("progress.gold.releasedDone"));
            }
        } catch (ConflictException | NotFoundException e) {
            Notify.error(getTranslation("progress.failed", e.getMessage()));
        }
        reload();
    }

    /** Computes the figures off the session lock; call with the lock held (a request, a listener, ui.access). */
    private void reload() {
        long shownCase = caseId;
        grid.getElement().setAttribute("aria-busy", "true");
        computing.setVisible(true);
        // Until the release state is known, a click could not tell release from withdrawal.
        goldToggle.setEnabled(false);
        asViewer.compute(latest, () -> new Figures(gold.releaseStatus(shownCase), progress.progress(shownCase)),
                this::show, failure -> {
                    grid.getElement().setAttribute("aria-busy", "false");
                    computing.setVisible(false);
                    Notify.error(failure instanceof NotFoundException
                            ? getTranslation("progress.failed", failure.getMessage())
                            : getTranslation(Computing.failureKey(failure)));
                });
    }

    private record Figures(GoldReleaseStatus release, List<CoderProgress> rows) {
    }

    private void show(Figures figures) {
        showRelease(figures.release());
        List<CoderProgress> rows = figures.rows();
        grid.setItems(rows);
        long submitted = rows.stream().filter(p -> p.submittedAt() != null).count();
        long locked = rows.stream().filter(CoderProgress::locked).count();
        summary.setText(getTranslation("progress.summary", rows.size(), submitted, locked));
        grid.getElement().setAttribute("aria-busy", "false");
        computing.setVisible(false);
    }

    private String statusText(CoderProgress p) {
        return switch (p.status()) {
            case NOT_SUBMITTED -> getTranslation("submission.state.notSubmitted");
            case SUBMITTED -> getTranslation("submission.state.submitted", when(p.submittedAt()));
            case LOCKED -> p.submittedAt() == null ? getTranslation("submission.state.lockedUnsubmitted")
                    : getTranslation("submission.state.locked", when(p.submittedAt()));
        };
    }

    private Component actions(CoderProgress p) {
        String name = p.displayName() + " (" + p.username() + ")";
        Button toggle = p.locked()
                ? new Button(getTranslation("progress.unlock"), e -> act(() -> submissions.unlock(caseId, p.username()),
                        "progress.unlocked", name))
                : new Button(getTranslation("progress.lock"), e -> act(() -> submissions.lock(caseId, p.username()),
                        "progress.locked", name));
        toggle.addThemeVariants(ButtonVariant.LUMO_SMALL);
        toggle.setId((p.locked() ? "unlock-" : "lock-") + p.username());
        toggle.getElement().setAttribute("aria-label",
                getTranslation(p.locked() ? "progress.unlockFor" : "progress.lockFor", name));
        // Usernames hold only a-z, digits and . _ - @, all safe in a query string.
        Anchor open = new Anchor("cases/" + caseId + "?show=user:" + p.username(), getTranslation("progress.open"));
        open.setId("open-" + p.username());
        open.getElement().setAttribute("aria-label", getTranslation("progress.openFor", name));
        HorizontalLayout actions = new HorizontalLayout(toggle, open);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setSpacing(true);
        return actions;
    }

    private void act(Runnable action, String messageKey, String name) {
        try {
            action.run();
            Notify.success(getTranslation(messageKey, name));
        } catch (ConflictException | NotFoundException | StaleVersionException e) {
            Notify.error(getTranslation("progress.failed", e.getMessage()));
        }
        reload();
    }

    private String when(Instant instant) {
        if (instant == null) {
            return getTranslation("progress.never");
        }
        Locale locale = getLocale() == null ? Locale.ENGLISH : getLocale();
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale)
                .withZone(ZoneId.systemDefault()).format(instant);
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? "" : getTranslation("progress.title", title) + " \u00b7 ") + "Kasus";
    }
}
