package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationCommand;
import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.CommentService;
import app.kasus.annotation.CommentsChanged;
import app.kasus.annotation.CodingLayer;
import app.kasus.annotation.GoldReleaseChanged;
import app.kasus.annotation.GoldService;
import app.kasus.annotation.Presence;
import app.kasus.base.LiveEvents;
import app.kasus.annotation.SubmissionService;
import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.cases.CaseContent;
import app.kasus.cases.CaseService;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;

/**
 * Reading and coding one case: the abstracts side by side, then the body under its headings, each passage a
 * {@link PassageText}. The user edits their own coding here and, by the layer chosen above the text
 * ({@code ?show=mine|group|all|user:<name>|gold}), sees others' coding (or the case's gold coding, once it may) read-only;
 * changes others make arrive live.
 */
@Route("cases/:caseId")
@PermitAll
class CodingView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseService cases;
    private final AnnotationService annotations;
    private final CodebookService codebooks;
    private final AuthenticationContext authentication;
    private final LiveEvents events;
    private final CommentService comments;
    private final GoldService gold;
    /** The thread shown in the panel, and its annotation (read by the live-event thread, hence volatile). */
    private CommentThread thread;
    private volatile long threadAnnotation;
    private LiveEvents.Subscription commentSubscription;
    private LiveEvents.Subscription releaseSubscription;
    private final PresenceBar presenceBar;
    private static final long LIVE_DELAY_MILLIS = 250;
    private Codebook codebook;
    private CodingPanel panel;
    private final Map<Long, PassageText> passageTexts = new HashMap<>();
    private final Map<Long, AnnotationData> mine = new LinkedHashMap<>();
    /** Others' annotations in the chosen layer, shown read-only. */
    private final Map<Long, AnnotationData> others = new LinkedHashMap<>();
    // Read by the live-refresh thread, so volatile: it queries what the view shows at that moment.
    private volatile CodingLayer layer = CodingLayer.MINE;
    private volatile long caseId;
    private LiveEvents.Subscription subscription;
    private CoalescedRefresh liveRefresh;
    private LayerChoice layerChoice;
    private CodingForm lastChoice = new CodingForm(null, null, null, null, null, null, null, null);
    private static final String UNKNOWN_CODE_COLOR = "#888888";

    private PassageText editing;
    /** The coder's submission; while it is locked no panel opens (see SubmissionBar). */
    private SubmissionBar submission;
    private String title = "";

    CodingView(CaseService cases, AnnotationService annotations, CodebookService codebooks,
               AuthenticationContext authentication, LiveEvents events, Presence presence, CommentService comments,
               GoldService gold) {
        this.gold = gold;
        this.cases = cases;
        this.annotations = annotations;
        this.codebooks = codebooks;
        this.authentication = authentication;
        this.events = events;
        this.comments = comments;
        this.presenceBar = new PresenceBar(presence, events, authentication.getPrincipalName().orElse(""));
        addClassName("coding-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long id = event.getRouteParameters().getLong("caseId").orElse(null);
        CaseContent content;
        try {
            content = id == null ? null : cases.content(id);
        } catch (NotFoundException e) {
            content = null;
        }
        // The view is reused when only the case id changes: start from nothing, or the old case's state lingers.
        removeAll();
        passageTexts.clear();
        mine.clear();
        others.clear();
        editing = null;
        if (content == null) {
            add(new H1(getTranslation("case.notFound")));
            return;
        }
        caseId = content.id();
        title = content.title();
        codebook = codebooks.forCase(caseId);
        panel = new CodingPanel(codebook, getLocale());
        panel.addOpenedChangeListener(e -> {
            if (!e.isOpened() && editing != null) {
                editing.setSelectedId(null);
                editing = null;
            }
            if (!e.isOpened()) {
                thread = null;
                threadAnnotation = 0;
            }
        });
        layerChoice = new LayerChoice(annotations.seesEveryone(), gold.maySeeGold(caseId),
                annotations.visibleCoders(caseId), this::showLayer);
        render(content);
        annotations.mine(caseId).forEach(a -> mine.put(a.id(), a));
        layer = requestedLayer(event.getLocation().getQueryParameters());
        layerChoice.show(layer);
        passageTexts.keySet().forEach(this::refreshHighlights);
        showLinkedSpan(event.getLocation().getQueryParameters());
    }

    /** {@code ?show=}; a layer that is malformed or not the viewer's to see falls back to their own, with a notice. */
    private CodingLayer requestedLayer(QueryParameters query) {
        String requested = query.getSingleParameter("show").orElse("mine");
        try {
            CodingLayer wanted = CodingLayer.parse("show", requested);
            // For a student "all" means their groups (CodingLayer); the choice shows it as such.
            if (wanted.kind() == CodingLayer.Kind.ALL && !annotations.seesEveryone()) {
                wanted = new CodingLayer(CodingLayer.Kind.GROUP, null);
            }
            loadOthers(annotations.visible(caseId, wanted));
            return wanted;
        } catch (InvalidInputException | NotFoundException | AccessDeniedException e) {
            Notification.show(getTranslation("layer.invalid", requested), 6000, Notification.Position.MIDDLE);
            others.clear();
            return CodingLayer.MINE;
        }
    }

    private void showLayer(CodingLayer chosen) {
        try {
            loadOthers(annotations.visible(caseId, chosen));
            layer = chosen;
        } catch (NotFoundException | AccessDeniedException e) {
            error(getTranslation("layer.invalid", chosen.id()));
            layerChoice.show(layer);
            return;
        }
        showInAddress();
        passageTexts.keySet().forEach(this::refreshHighlights);
    }

    /** Replaced, not pushed: the URL names what is shown, so a copied link opens the same layer. */
    private void showInAddress() {
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("cases/" + caseId, QueryParameters.of("show", layer.id()))));
    }

    /** The gold coding was released or withdrawn: offer it or not, and leave it if it may no longer be seen. */
    private void goldReleaseChanged(boolean maySee) {
        if (!maySee && layer.kind() == CodingLayer.Kind.GOLD) {
            layer = CodingLayer.MINE;
            others.clear();
            showInAddress();
            passageTexts.keySet().forEach(this::refreshHighlights);
            Notification.show(getTranslation("layer.goldWithdrawn"), 6000, Notification.Position.MIDDLE);
        }
        layerChoice.offerGold(maySee, layer);
    }

    /** Keeps the layer's annotations that are not the viewer's: those are in {@code mine}, editable. */
    private void loadOthers(List<AnnotationData> visible) {
        others.clear();
        visible.stream().filter(a -> !mine.containsKey(a.id())).forEach(a -> others.put(a.id(), a));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        AsViewer asViewer = new AsViewer(attachEvent.getUI());
        liveRefresh = new CoalescedRefresh(LIVE_DELAY_MILLIS, passageIds -> reloadLive(asViewer, passageIds));
        subscription = events.subscribe(CodingChanged.class, e -> {
            if (e.caseId() == caseId) {
                liveRefresh.touched(e.change() == CodingChanged.Change.MANY ? null : e.passageId());
            }
        });
        commentSubscription = events.subscribe(CommentsChanged.class, e -> {
            long shown = threadAnnotation;
            if (e.caseId() == caseId && e.annotationId() == shown) {
                asViewer.query(() -> comments.thread(shown), list -> {
                    if (thread != null && threadAnnotation == shown) {
                        thread.show(list);
                    }
                });
            }
        });
        releaseSubscription = events.subscribe(GoldReleaseChanged.class, e -> {
            long shown = caseId;
            if (e.caseId() == shown) {
                asViewer.query(() -> gold.maySeeGold(shown), maySee -> {
                    if (caseId == shown && layerChoice != null) {
                        goldReleaseChanged(maySee);
                    }
                });
            }
        });
        // After Push reconnects, events sent while the connection was down may be lost: refresh the whole layer.
        getElement().executeJs("""
                const view = this;
                const catchUp = () => { if (view.isConnected && view.$server) view.$server.catchUp(); };
                const state = window.Vaadin && window.Vaadin.connectionState;
                if (state && state.addStateChangeListener) {
                  state.addStateChangeListener((before, now) => {
                    if (now === 'connected' && (before === 'reconnecting' || before === 'connection-lost')) catchUp();
                  });
                }
                window.addEventListener('online', catchUp);""");
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
        }
        if (commentSubscription != null) {
            commentSubscription.close();
        }
        if (releaseSubscription != null) {
            releaseSubscription.close();
        }
        if (liveRefresh != null) {
            liveRefresh.close();
        }
        super.onDetach(detachEvent);
    }

    @ClientCallable
    void catchUp() {
        if (liveRefresh != null) {
            liveRefresh.touched(null);
        }
    }

    private record Shown(List<AnnotationData> own, List<AnnotationData> visible) {
    }

    /** On the refresh thread: queries the layer as shown then, and shows it if the reader is still on it. */
    private void reloadLive(AsViewer asViewer, Set<Long> passageIds) {
        long shownCase = caseId;
        CodingLayer shownLayer = layer;
        asViewer.query(() -> new Shown(annotations.mine(shownCase), layerCoding(shownCase, shownLayer)), shown -> {
            if (caseId == shownCase && layer.equals(shownLayer)) {
                applyLive(shown.own(), shown.visible(), passageIds);
            }
        });
    }

    /** For the refresh thread: a gold layer withdrawn meanwhile shows nothing until the release event moves on. */
    private List<AnnotationData> layerCoding(long shownCase, CodingLayer shownLayer) {
        if (shownLayer.kind() == CodingLayer.Kind.MINE) {
            return List.of();
        }
        try {
            return annotations.visible(shownCase, shownLayer);
        } catch (AccessDeniedException withdrawn) {
            return List.of();
        }
    }

    private void applyLive(List<AnnotationData> own, List<AnnotationData> visible, Set<Long> passageIds) {
        mine.clear();
        own.forEach(a -> mine.put(a.id(), a));
        loadOthers(visible);
        (passageIds == null ? passageTexts.keySet() : passageIds).stream()
                .filter(passageTexts::containsKey).forEach(this::refreshHighlights);
    }

    /** {@code ?passage=&start=&end=} (as evidence links write it) selects that span once the page is shown. */
    private void showLinkedSpan(QueryParameters query) {
        try {
            long passageId = Long.parseLong(query.getSingleParameter("passage").orElse(""));
            int start = Integer.parseInt(query.getSingleParameter("start").orElse("0"));
            int end = Integer.parseInt(query.getSingleParameter("end").orElse("0"));
            PassageText text = passageTexts.get(passageId);
            if (text != null) {
                text.showRange(start, end);
            }
        } catch (NumberFormatException notALink) {
            // A plain visit, or a link mangled by hand: show the case from the top.
        }
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? "Kasus" : title + " · Kasus";
    }

    private void render(CaseContent content) {
        Paragraph help = new Paragraph(getTranslation("case.help"));
        help.addClassName("coding-help");
        // By path, like the case list: the assessment feature depends on this one, never the other way round.
        Anchor assessment = new Anchor("cases/" + content.id() + "/assessment", getTranslation("assessment.title"));
        assessment.setId("open-assessment");
        assessment.addClassName("coding-assessment-link");
        List<Component> tools = new ArrayList<>();
        codebookLink(content.id()).ifPresent(tools::add);
        tools.add(assessment);
        submission = new SubmissionBar(content.id());
        tools.add(submission);
        tools.add(help);
        tools.add(layerChoice);
        tools.add(presenceBar);
        CaseDocument document = new CaseDocument(content, tools, (p, cited) -> {
            PassageText text = new PassageText(p.id(), p.text(), p.language(), cited,
                    getTranslation("case.passageLabel", p.ordinal()));
            text.addSpanListener((start, end, code) -> codeNew(p, start, end, code));
            text.addHighlightClickListener(this::edit);
            passageTexts.put(p.id(), text);
            return text;
        });
        add(document.toc(), document.article());
        presenceBar.reading(content.id(), document.headings());
    }

    /** Instructors set the case's codebook; a plain link by path keeps this view free of the codebook UI. */
    private Optional<Anchor> codebookLink(long id) {
        if (!authentication.hasAnyRole("INSTRUCTOR", "ADMIN")) {
            return Optional.empty();
        }
        Anchor link = new Anchor("cases/" + id + "/codebook", getTranslation("codebook.link"));
        link.setId("codebook-link");
        link.addClassName("case-tool-link");
        return Optional.of(link);
    }

    private void codeNew(PassageInfo passage, int start, int end, Integer codeKey) {
        if (start < 0 || end > passage.text().length() || start >= end || submission.refusesChanges()) {
            return;
        }
        List<CodeDef> codes = codebook.codes();
        CodeDef preset = codeKey == null || codeKey < 1 || codeKey > codes.size() ? lastChoice.code()
                : codes.get(codeKey - 1);
        CodingForm defaults = new CodingForm(preset, lastChoice.actor(), lastChoice.addressee(), lastChoice.stage(),
                null, null, null, null);
        panel.openNew(passage.text().substring(start, end), defaults, List.copyOf(mine.values()), form -> {
            AnnotationCommand command = command(passage.id(), start, end, form, null);
            run(() -> {
                AnnotationData saved = annotations.create(caseId, command);
                mine.put(saved.id(), saved);
                lastChoice = form;
                afterChange(passage.id(), "coding.saved");
            });
        });
    }

    private void edit(long annotationId) {
        AnnotationData annotation = mine.get(annotationId);
        if (annotation == null) {
            showOthers(annotationId);
            return;
        }
        if (submission.refusesChanges()) {
            return;
        }
        editing = passageTexts.get(annotation.passageId());
        editing.setSelectedId(annotationId);
        showThread(annotationId);
        List<AnnotationData> others = mine.values().stream().filter(a -> a.id() != annotationId).toList();
        panel.openEdit(annotation, others,
                form -> run(() -> {
                    AnnotationData saved = annotations.update(annotationId,
                            command(annotation.passageId(), annotation.start(), annotation.end(), form,
                                    annotation.version()));
                    mine.put(saved.id(), saved);
                    afterChange(annotation.passageId(), "coding.updated");
                }),
                () -> run(() -> {
                    annotations.delete(annotationId, annotation.version());
                    // Replies to it lost their link in the database: reload rather than patch the copies.
                    reloadMine();
                    afterChange(annotation.passageId(), "coding.deleted");
                }));
    }

    /** Someone else's annotation: read-only, whatever the panel would otherwise offer. */
    private void showOthers(long annotationId) {
        AnnotationData annotation = others.get(annotationId);
        if (annotation == null) {
            return;
        }
        editing = passageTexts.get(annotation.passageId());
        editing.setSelectedId(annotationId);
        panel.openReadOnly(annotation);
        // Gold belongs to the case, not to a coder a thread could address: it has no comments.
        if (!annotation.gold()) {
            showThread(annotationId);
        }
    }

    /** The annotation's comments in the panel; they follow others' posts live (see onAttach). */
    private void showThread(long annotationId) {
        thread = new CommentThread(comments, authentication.getPrincipalName().orElse(""), annotationId);
        threadAnnotation = annotationId;
        panel.showComments(thread);
    }

    /** Runs a storage action and turns every refusal into a message; nothing is dropped silently. */
    private void run(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            error(getTranslation("coding.invalid", e.field(), e.getMessage()));
        } catch (ConflictException locked) {
            // Usually the coder's coding was locked by an instructor meanwhile (see SubmissionBar).
            error(getTranslation(SubmissionService.LOCKED.equals(locked.getMessage()) ? "submission.lockedError"
                    : "coding.conflict"));
            panel.close();
        } catch (StaleVersionException | NotFoundException e) {
            error(getTranslation("coding.conflict"));
            reloadMine();
            panel.close();
        }
    }

    private void afterChange(long passageId, String messageKey) {
        panel.close();
        refreshHighlights(passageId);
        PassageText text = passageTexts.get(passageId);
        text.clearSelection();
        text.focusText();
        Notification done = Notification.show(getTranslation(messageKey), 2500, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void reloadMine() {
        mine.clear();
        annotations.mine(caseId).forEach(a -> mine.put(a.id(), a));
        passageTexts.keySet().forEach(this::refreshHighlights);
    }

    private void refreshHighlights(long passageId) {
        List<PassageText.Highlight> highlights = new ArrayList<>();
        for (AnnotationData a : mine.values()) {
            if (a.passageId() == passageId) {
                highlights.add(new PassageText.Highlight(a.id(), a.start(), a.end(), color(a), label(a), true));
            }
        }
        for (AnnotationData a : others.values()) {
            if (a.passageId() == passageId) {
                String label = a.gold() ? getTranslation("layer.goldBy", a.author(), panel.describe(a))
                        : getTranslation("layer.by", a.author(), initials(a.author()), panel.describe(a));
                highlights.add(new PassageText.Highlight(a.id(), a.start(), a.end(), color(a), label, false, a.gold()));
            }
        }
        passageTexts.get(passageId).setHighlights(highlights);
    }

    private String color(AnnotationData a) {
        return codebook.code(a.code()).map(CodeDef::color).orElse(UNKNOWN_CODE_COLOR);
    }

    /** "student1" → "S1", "siti.rahma" → "SR": short enough to tell coders apart in a tooltip. */
    static String initials(String username) {
        StringBuilder out = new StringBuilder();
        for (String part : username.split("[._@-]+")) {
            if (!part.isEmpty()) {
                out.append(Character.toUpperCase(part.charAt(0)));
                part.chars().filter(Character::isDigit).findFirst().ifPresent(d -> out.append((char) d));
            }
        }
        return out.length() > 3 ? out.substring(0, 3) : out.toString();
    }

    /** The highlight's tooltip: what it codes and, when it answers another annotation, which one. */
    private String label(AnnotationData a) {
        String label = panel.describe(a);
        AnnotationData target = a.respondsTo() == null ? null : mine.get(a.respondsTo());
        return target == null ? label : label + "\n" + getTranslation("coding.answers", panel.describe(target));
    }

    private static AnnotationCommand command(long passageId, int start, int end, CodingForm form, Long version) {
        return new AnnotationCommand(passageId, start, end, form.code().key(), form.actor().key(),
                form.addressee().key(), form.stage(), form.valence() == null ? null : form.valence().id(),
                form.eventDate() == null ? null : form.eventDate().toString(), form.note(), form.respondsTo(), version);
    }

    private void error(String message) {
        Notification n = Notification.show(message, 6000, Notification.Position.MIDDLE);
        n.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }
}
