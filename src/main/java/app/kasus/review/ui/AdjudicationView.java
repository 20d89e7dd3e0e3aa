package app.kasus.review.ui;

import app.kasus.base.ui.ListboxNames;
import app.kasus.annotation.AnnotationCommand;
import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.GoldService;
import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.LiveEvents;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.Notify;
import app.kasus.cases.CaseService;
import app.kasus.cases.CaseSummary;
import app.kasus.cases.ui.CaseRoute;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import app.kasus.review.Adjudication;
import app.kasus.review.AdjudicationService;
import app.kasus.review.Disagreements.PassageReview;
import app.kasus.security.Role;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The review of a case's coding, after INCEpTION's curation screen: for the coders chosen (kept in the address as
 * {@code ?coders=a,b}, with an optional {@code &code=} filter), the passages where they differ, one after another,
 * each with its text, a row per coder with that coder's spans and a row with the gold spans. Instructors accept a
 * coder's span into gold, edit, delete and add gold spans, and accept every span all chosen coders agree on in one
 * step; researchers read the same page without those actions. The page follows coding and gold changes live.
 */
@Route("cases/:caseId/review")
@RolesAllowed({Role.INSTRUCTOR_NAME, Role.ADMIN_NAME, Role.RESEARCHER_NAME})
class AdjudicationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Passages rendered at a time: a seminar of thirty coders makes every passage a long table. */
    static final int PAGE_SIZE = 10;
    private static final long LIVE_DELAY_MILLIS = 300;

    private final AdjudicationService adjudication;
    private final AnnotationService annotations;
    private final GoldService gold;
    private final CaseService cases;
    private final CodebookService codebooks;
    private final LiveEvents events;

    private final Paragraph status = new Paragraph();
    private final Button acceptAgreed = new Button();
    private final Div list = new Div();
    private final Button more = new Button();
    private final Map<Long, PassageReview> renderedData = new HashMap<>();
    private final Map<Long, Component> rendered = new HashMap<>();
    private LiveEvents.Subscription subscription;
    private LiveReload<Adjudication> live;

    private long caseId;
    private String title = "";
    private List<String> coders = List.of();
    private String code;
    private boolean pending;
    private boolean mayEdit;
    private Codebook codebook;
    private Map<Long, PassageInfo> passages = Map.of();
    private Adjudication current;
    private int shown = PAGE_SIZE;

    AdjudicationView(AdjudicationService adjudication, AnnotationService annotations, GoldService gold,
                     CaseService cases, CodebookService codebooks, LiveEvents events) {
        this.adjudication = adjudication;
        this.annotations = annotations;
        this.gold = gold;
        this.cases = cases;
        this.codebooks = codebooks;
        this.events = events;
        addClassName("review-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        current = null;
        Optional<CaseSummary> found = CaseRoute.find(event, cases, this);
        if (found.isEmpty()) {
            title = "";
            return;
        }
        caseId = found.get().id();
        title = found.get().title();
        QueryParameters query = event.getLocation().getQueryParameters();
        coders = query.getParameters().getOrDefault("coders", List.of()).stream()
                .flatMap(v -> Arrays.stream(v.split(","))).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        code = query.getSingleParameter("code").filter(s -> !s.isBlank()).orElse(null);
        pending = query.getSingleParameter("pending").map("true"::equals).orElse(false);
        mayEdit = gold.mayEditGold();
        codebook = codebooks.forCase(caseId);
        passages = cases.passages(caseId).stream()
                .collect(Collectors.toMap(PassageInfo::id, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        shown = PAGE_SIZE;
        renderedData.clear();
        rendered.clear();
        list.removeAll();

        Anchor back = new Anchor("cases/" + caseId, getTranslation("progress.back"));
        back.setId("review-back");
        back.addClassName("case-tool-link");
        Anchor progress = new Anchor("cases/" + caseId + "/progress", getTranslation("progress.link"));
        progress.setId("review-progress");
        progress.addClassName("case-tool-link");
        Paragraph intro = new Paragraph(getTranslation(mayEdit ? "review.intro" : "review.introReadOnly"));
        intro.addClassName("progress-intro");
        status.setId("review-status");
        status.getElement().setAttribute("role", "status");
        acceptAgreed.setId("review-accept-agreed");
        acceptAgreed.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptAgreed.addClickListener(e -> confirmAcceptAgreed());
        acceptAgreed.setVisible(false);
        HorizontalLayout summary = new HorizontalLayout(status, acceptAgreed);
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.addClassName("review-summary");
        list.setId("review-passages");
        list.addClassName("review-passages");
        more.setId("review-more");
        more.addClickListener(e -> {
            shown += PAGE_SIZE;
            show(current);
        });
        more.setVisible(false);
        add(new HorizontalLayout(back, progress), new H1(getTranslation("review.title", title)), intro,
                choices(), summary, list, more);
        load();
    }

    private Component choices() {
        MultiSelectComboBox<String> coderChoice = new MultiSelectComboBox<>(getTranslation("review.coders"));
        ListboxNames.nameAfter(coderChoice, getTranslation("review.coders"));
        coderChoice.setId("review-coders");
        List<String> known = adjudication.coders(caseId);
        List<String> offered = new ArrayList<>(known);
        coders.stream().filter(c -> !offered.contains(c)).forEach(offered::add);
        coderChoice.setItems(offered);
        coderChoice.setValue(coders);
        coderChoice.setHelperText(getTranslation("review.codersHelp"));
        coderChoice.setWidth("min(36rem, 100%)");
        coderChoice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(offered.stream().filter(e.getValue()::contains).toList(), code, pending);
            }
        });
        Select<String> codeChoice = new Select<>();
        codeChoice.setId("review-code");
        codeChoice.setLabel(getTranslation("review.code"));
        List<String> codeKeys = new ArrayList<>();
        codeKeys.add("");
        codebook.codes().forEach(c -> codeKeys.add(c.key()));
        codeChoice.setItems(codeKeys);
        codeChoice.setItemLabelGenerator(k -> k.isEmpty() ? getTranslation("review.allCodes") : codeName(k));
        codeChoice.setValue(code == null || !codeKeys.contains(code) ? "" : code);
        codeChoice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(coders, e.getValue().isEmpty() ? null : e.getValue(), pending);
            }
        });
        Checkbox pendingChoice = new Checkbox(getTranslation("review.pending"), pending);
        pendingChoice.setId("review-pending");
        pendingChoice.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                choose(coders, code, e.getValue());
            }
        });
        HorizontalLayout bar = new HorizontalLayout(coderChoice, codeChoice, pendingChoice);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("review-choices");
        bar.setWrap(true);
        return bar;
    }

    /**
     * Shows the review for a new choice and writes it into the address, without navigating: the choice fields keep
     * their state and focus while coders are picked one after another.
     */
    private void choose(List<String> chosen, String codeKey, boolean withPending) {
        coders = chosen;
        code = codeKey;
        pending = withPending;
        // Built by hand so the address reads ?coders=a,b: user names and code keys need no escaping.
        List<String> params = new ArrayList<>();
        if (!chosen.isEmpty()) {
            params.add("coders=" + String.join(",", chosen));
        }
        if (codeKey != null) {
            params.add("code=" + codeKey);
        }
        if (withPending) {
            params.add("pending=true");
        }
        // History.replaceState would escape the commas (coders=a%2Cb); the plain form is what people share.
        getElement().executeJs("history.replaceState(history.state, '', $0)", "cases/" + caseId + "/review"
                + (params.isEmpty() ? "" : "?" + String.join("&", params)));
        shown = PAGE_SIZE;
        renderedData.clear();
        rendered.clear();
        load();
    }

    /** Loads the review on the request thread (entering the page, after one's own action). */
    private void load() {
        if (coders.isEmpty()) {
            status.setText(getTranslation("review.chooseCoders"));
            show(null);
            return;
        }
        try {
            show(adjudication.review(caseId, coders, code, pending));
        } catch (InvalidInputException e) {
            status.setText(getTranslation("review.invalid", e.getMessage()));
            show(null);
        }
    }

    /** Shows a review; passages whose data did not change keep their components (and the focus within them). */
    private void show(Adjudication review) {
        current = review;
        if (review == null) {
            list.removeAll();
            renderedData.clear();
            rendered.clear();
            acceptAgreed.setVisible(false);
            more.setVisible(false);
            return;
        }
        int total = review.passages().size();
        String summary = review.coders().size() == 1 ? getTranslation("review.single", review.coders().get(0), total)
                : total == 0 ? getTranslation("review.noDisagreements")
                : getTranslation(pending ? "review.summaryPending" : "review.summary", total);
        status.setText(summary + " " + getTranslation("review.agreedPending", review.agreedNotInGold()));
        acceptAgreed.setText(getTranslation("review.acceptAgreed", review.agreedNotInGold()));
        acceptAgreed.setVisible(mayEdit && review.agreedNotInGold() > 0);

        List<PassageReview> visible = review.passages().subList(0, Math.min(shown, total));
        Map<Long, PassageReview> keep = visible.stream()
                .collect(Collectors.toMap(PassageReview::passageId, Function.identity()));
        renderedData.keySet().removeIf(pid -> !keep.containsKey(pid));
        rendered.keySet().removeIf(pid -> !keep.containsKey(pid));
        list.removeAll();
        for (PassageReview passage : visible) {
            if (!passage.equals(renderedData.get(passage.passageId()))) {
                rendered.put(passage.passageId(), passageSection(passage, review.coders()));
                renderedData.put(passage.passageId(), passage);
            }
            list.add(rendered.get(passage.passageId()));
        }
        more.setText(getTranslation("review.more", visible.size(), total));
        more.setVisible(visible.size() < total);
    }

    private Component passageSection(PassageReview review, List<String> chosen) {
        PassageInfo info = passages.get(review.passageId());
        return new PassageSection(info, review, chosen, codebook, caseId, mayEdit, new PassageSection.Actions() {
            @Override
            public void accept(AnnotationData span) {
                act(() -> gold.accept(caseId, span.id()), getTranslation("review.accepted", span.author()));
            }

            @Override
            public void add(Integer start, Integer end) {
                openDialog(info, null, start, end);
            }

            @Override
            public void edit(AnnotationData goldSpan) {
                openDialog(info, goldSpan, null, null);
            }

            @Override
            public void delete(AnnotationData goldSpan) {
                act(() -> annotations.delete(goldSpan.id(), goldSpan.version()), getTranslation("review.deleted"));
            }
        });
    }

    private void openDialog(PassageInfo info, AnnotationData goldSpan, Integer start, Integer end) {
        GoldSpanDialog dialog = new GoldSpanDialog(codebook, locale(), info.text(), info.language(),
                getTranslation("review.passage", info.ordinal()));
        if (goldSpan == null) {
            dialog.openNew(start, end, form -> save(dialog, () -> gold.create(caseId, command(info, form, null, null)),
                    getTranslation("review.added")));
        } else {
            dialog.openEdit(goldSpan, form -> save(dialog, () -> annotations.update(goldSpan.id(),
                    command(info, form, goldSpan.respondsTo(), goldSpan.version())), getTranslation("review.updated")));
        }
    }

    private void save(GoldSpanDialog dialog, Runnable write, String done) {
        try {
            write.run();
            dialog.close();
            Notify.success(done);
        } catch (InvalidInputException e) {
            Notify.error(getTranslation("coding.invalid", e.field(), e.getMessage()));
            return;
        } catch (StaleVersionException | NotFoundException | ConflictException e) {
            dialog.close();
            Notify.error(getTranslation("review.conflict"));
        }
        load();
    }

    private static AnnotationCommand command(PassageInfo info, GoldSpanForm form, Long respondsTo, Long version) {
        return new AnnotationCommand(info.id(), form.start(), form.end(), form.code().key(), form.actor().key(),
                form.addressee().key(), form.stage(), form.valence() == null ? null : form.valence().id(),
                form.eventDate() == null ? null : form.eventDate().toString(), form.note(), respondsTo, version);
    }

    private void act(Runnable action, String done) {
        try {
            action.run();
            Notify.success(done);
        } catch (StaleVersionException | NotFoundException | ConflictException e) {
            Notify.error(getTranslation("review.conflict"));
        } catch (InvalidInputException e) {
            Notify.error(getTranslation("review.failed", e.getMessage()));
        }
        load();
    }

    private void confirmAcceptAgreed() {
        if (current == null) {
            return;
        }
        int count = current.agreedNotInGold();
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("review-accept-agreed-confirm");
        confirm.setHeader(getTranslation("review.acceptAgreedTitle"));
        confirm.setText(getTranslation("review.acceptAgreedQuestion", count, String.join(", ", current.coders())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("coding.cancel"));
        confirm.setConfirmText(getTranslation("review.acceptAgreedConfirm", count));
        List<String> chosen = current.coders();
        String codeKey = current.code();
        confirm.addConfirmListener(e -> {
            try {
                int accepted = adjudication.acceptAgreed(caseId, chosen, codeKey).size();
                Notify.success(getTranslation("review.acceptedAgreed", accepted));
            } catch (StaleVersionException | NotFoundException | ConflictException e2) {
                Notify.error(getTranslation("review.conflict"));
            } catch (InvalidInputException e2) {
                Notify.error(getTranslation("review.failed", e2.getMessage()));
            }
            load();
        });
        confirm.open();
    }

    /** Follows coding and gold changes of the case; the reload's query runs off the session lock. */
    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        live = new LiveReload<>(ui, LIVE_DELAY_MILLIS, this::reloadQuery, this::showLive);
        subscription = events.subscribe(CodingChanged.class, e -> {
            if (e.caseId() == caseId && !coders.isEmpty()) {
                live.changed();
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
        if (live != null) {
            live.close();
            live = null;
        }
        super.onDetach(detachEvent);
    }

    /** On the reload thread: what the page asks for at this moment, or null when it shows no review. */
    private Adjudication reloadQuery() {
        List<String> chosen = coders;
        String codeKey = code;
        boolean withPending = pending;
        if (chosen.isEmpty()) {
            return null;
        }
        try {
            return adjudication.review(caseId, chosen, codeKey, withPending);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private void showLive(Adjudication review) {
        // The choice may have changed while the query ran; then that newer request shows its own review.
        if (review != null && current != null && review.caseId() == caseId && review.coders().equals(current.coders())
                && Objects.equals(review.code(), current.code())) {
            show(review);
        }
    }

    private String codeName(String key) {
        return codebook.code(key).map(CodeDef::name).map(n -> n.in(locale())).orElse(key);
    }

    private Locale locale() {
        return getLocale() == null ? Locale.ENGLISH : getLocale();
    }

    @Override
    public String getPageTitle() {
        return (title.isEmpty() ? "" : getTranslation("review.title", title) + " \u00b7 ") + "Kasus";
    }
}
