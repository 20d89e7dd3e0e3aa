package app.kasus.annotation.ui;

import app.kasus.annotation.AnnotationCommand;
import app.kasus.annotation.AnnotationData;
import app.kasus.annotation.AnnotationService;
import app.kasus.annotation.AnnotationHistory;
import app.kasus.annotation.CodingChanged;
import app.kasus.annotation.CommentService;
import app.kasus.annotation.CommentsChanged;
import app.kasus.annotation.FeedbackChanged;
import app.kasus.annotation.FeedbackService;
import app.kasus.annotation.FeedbackService.FeedbackCount;
import app.kasus.annotation.CodingLayer;
import app.kasus.annotation.GoldReleaseChanged;
import app.kasus.annotation.GoldService;
import app.kasus.annotation.LiveCoding;
import app.kasus.annotation.Presence;
import app.kasus.base.LiveEvents;
import app.kasus.base.ui.AsViewer;
import app.kasus.annotation.SubmissionService;
import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import app.kasus.base.ui.CaseTool;
import app.kasus.base.ui.LatestOnly;
import app.kasus.base.ui.OpenPage;
import app.kasus.cases.CaseContent;
import app.kasus.cases.CaseService;
import app.kasus.cases.PassageInfo;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.CodebookService;
import app.kasus.security.Usernames;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

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
    private final AnnotationHistory history;
    /** The reader's deleted coding of the case, to restore; read again after each delete. */
    private DeletedCoding deletedCoding;
    private CodingWords words;
    /** The thread shown in the panel, and its annotation (read by the live-event thread, hence volatile). */
    private CommentThread thread;
    private volatile long threadAnnotation;
    private LiveEvents.Subscription commentSubscription;
    private final FeedbackService feedback;
    /** The feedback shown in the panel, and its annotation (read by the live-event thread, hence volatile). */
    private CommentThread feedbackThread;
    private volatile long feedbackAnnotation;
    /** Whether the viewer gives feedback, so reads anyone's (FeedbackService); otherwise only their own coding's. */
    private volatile boolean readsAllFeedback;
    /** The viewer's username, normalised: feedback on their own coding is theirs to read. */
    private volatile String me = "";
    private LiveEvents.Subscription feedbackSubscription;
    private LiveEvents.Subscription releaseSubscription;
    private final PresenceBar presenceBar;
    /**
     * At most one live update per view in this time; the first after a quiet spell goes at once (CoalescedRefresh).
     * Shorter windows pushed so often that slow browsers' WebSockets fell behind (Tomcat's TEXT_FULL_WRITING).
     */
    private static final long LIVE_WINDOW_MILLIS = 200;
    /**
     * At most one reload of the whole case per view in this time: an import in batches of 1,000 made every open view
     * read the case again per batch (issue 10: 130 open views kept two threads busy for minutes, see the benchmarks).
     */
    private static final long LIVE_EVERYTHING_WINDOW_MILLIS = 2_000;
    private final LiveCoding liveCoding;
    /** Whether the viewer may see everyone's coding (staff), read with each live change by the live-event thread. */
    private volatile boolean seesEveryone;
    private Codebook codebook;
    private CodingPanel panel;
    private final Map<Long, PassageText> passageTexts = new HashMap<>();
    /** The viewer's own annotations and others' in the chosen layer (read-only), with their counts. */
    private final ShownCoding shownCoding = new ShownCoding();
    // Read by the live-refresh thread, so volatile: it queries what the view shows at that moment.
    private volatile CodingLayer layer = CodingLayer.MINE;
    private volatile long caseId;
    private LiveEvents.Subscription subscription;
    private CoalescedRefresh liveRefresh;
    /** The viewer's work off the session lock; set when the view is attached, as the viewer. */
    private AsViewer asViewer;
    private final LatestOnly layerRead = new LatestOnly();
    /** The panel shows what was opened last: another coder's annotation read meanwhile does not cover it. */
    private final LatestOnly panelOpening = new LatestOnly();
    /** Live changes heard so far (live-event thread): a layer read meanwhile may have missed one. */
    private final AtomicLong heardCount = new AtomicLong();
    private LayerChoice layerChoice;
    private CodingForm lastChoice = new CodingForm(null, null, null, null, null, null, null, null);
    /** The page's {@link PassageText.Legend}, one for every passage. */
    private PassageText.PageLegend pageLegend = PassageText.PageLegend.NONE;

    /** The passage whose highlight is marked as the one open in the panel, if any. */
    private PassageText editing;
    /** Where focus goes back to when the panel closes: the passage and span the panel was opened from. */
    private Runnable returnFocus;
    /**
     * The coders the layer choice was given, and every author of a change seen since: a change by anyone not in it
     * makes the next live refresh ask once who may be offered (it may be a coder the viewer may not see).
     */
    private final Set<String> codersAskedAbout = ConcurrentHashMap.newKeySet();
    private volatile boolean codersStale;
    /** The coder's submission; while it is locked no panel opens (see SubmissionBar). */
    private SubmissionBar submission;
    private String title = "";
    /** Other features' controls on this page (e.g. export), told which layer is shown. */
    private final ObjectProvider<CaseTool> caseTools;
    private final List<CaseTool.Control> toolControls = new ArrayList<>();

    CodingView(CaseService cases, AnnotationService annotations, CodebookService codebooks,
               AuthenticationContext authentication, LiveEvents events, Presence presence, CommentService comments,
               GoldService gold, FeedbackService feedback, ObjectProvider<CaseTool> caseTools,
               AnnotationHistory history, LiveCoding liveCoding) {
        this.history = history;
        this.liveCoding = liveCoding;
        this.caseTools = caseTools;
        this.gold = gold;
        this.feedback = feedback;
        this.cases = cases;
        this.annotations = annotations;
        this.codebooks = codebooks;
        this.authentication = authentication;
        this.events = events;
        this.comments = comments;
        this.presenceBar = new PresenceBar(presence);
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
        shownCoding.clear();
        editing = null;
        returnFocus = null;
        // Built again when first needed: the old one went with removeAll().
        panel = null;
        if (content == null) {
            add(new H1(getTranslation("case.notFound")));
            return;
        }
        caseId = content.id();
        title = content.title();
        codebook = codebooks.forCase(caseId);
        me = Usernames.normalize(authentication.getPrincipalName().orElse(""));
        readsAllFeedback = feedback.mayWrite();
        words = new CodingWords(this, codebook, getLocale());
        List<String> coders = annotations.visibleCoders(caseId);
        pageLegend = new PassageText.PageLegend(legend(coders));
        codersAskedAbout.clear();
        codersAskedAbout.addAll(coders);
        codersStale = false;
        seesEveryone = annotations.seesEveryone();
        layerChoice = new LayerChoice(seesEveryone, gold.maySeeGold(caseId), coders, this::showLayer);
        render(content);
        shownCoding.showMine(annotations.mine(caseId));
        layer = requestedLayer(event.getLocation().getQueryParameters());
        layerChoice.show(layer);
        toolControls.forEach(control -> control.showLayer(layer.id()));
        loadCommentCounts();
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
            shownCoding.showOthers(annotations.visible(caseId, wanted));
            return wanted;
        } catch (InvalidInputException | NotFoundException | AccessDeniedException e) {
            Notification.show(getTranslation("layer.invalid", requested), 6000, Notification.Position.MIDDLE);
            shownCoding.dropOthers();
            return CodingLayer.MINE;
        }
    }

    /** A layer chosen in the view: read off the session lock (a group's layer can be many thousand annotations). */
    private void showLayer(CodingLayer chosen) {
        long shownCase = caseId;
        List<Long> ownIds = shownCoding.mine().stream().map(AnnotationData::id).toList();
        long heardBefore = heardCount.get();
        asViewer.compute(layerRead, () -> {
            List<AnnotationData> visible = annotations.visible(shownCase, chosen);
            List<Long> ids = new ArrayList<>(ownIds);
            visible.forEach(a -> ids.add(a.id()));
            return new LayerRead(visible, comments.counts(shownCase, ids), feedback.counts(shownCase, ids));
        }, read -> {
            if (caseId != shownCase) {
                return;
            }
            shownCoding.showOthers(read.visible());
            layer = chosen;
            shownCoding.showCounts(read.commentCounts(), read.feedbackCounts());
            showLayerChanged();
            // A change heard while the layer was read was shown against the old layer: read the new one again.
            if (heardCount.get() != heardBefore) {
                liveRefresh.touched(null);
            }
        }, failed -> {
            if (caseId != shownCase) {
                return;
            }
            error(failed instanceof NotFoundException || failed instanceof AccessDeniedException
                    ? getTranslation("layer.invalid", chosen.id()) : getTranslation("layer.failed"));
            layerChoice.show(layer);
        });
    }

    private record LayerRead(List<AnnotationData> visible, Map<Long, Long> commentCounts,
                             Map<Long, FeedbackCount> feedbackCounts) {
    }

    /**
     * After the layer changed: the tools and the address name it (replaced, not pushed: a copied link opens the same
     * layer), the counts are read for its annotations, and every passage is drawn once with them.
     */
    private void showLayerChanged() {
        toolControls.forEach(control -> control.showLayer(layer.id()));
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location("cases/" + caseId, QueryParameters.of("show", layer.id()))));
        passageTexts.keySet().forEach(this::refreshHighlights);
    }

    /** The gold coding was released or withdrawn: offer it or not, and leave it if it may no longer be seen. */
    private void goldReleaseChanged(boolean maySee) {
        if (!maySee && layer.kind() == CodingLayer.Kind.GOLD) {
            layer = CodingLayer.MINE;
            shownCoding.dropOthers();
            showLayerChanged();
            Notification.show(getTranslation("layer.goldWithdrawn"), 6000, Notification.Position.MIDDLE);
        }
        layerChoice.offerGold(maySee, layer);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        asViewer = new AsViewer(ui);
        liveRefresh = new CoalescedRefresh(LIVE_WINDOW_MILLIS, LIVE_EVERYTHING_WINDOW_MILLIS,
                () -> OpenPage.reachable(ui), this::flushLive);
        subscription = liveCoding.subscribe(() -> caseId, me, this::heard);
        commentSubscription = events.subscribe(CommentsChanged.class, e -> {
            if (e.caseId() != caseId) {
                return;
            }
            long changed = e.annotationId();
            // Through the view's refresh, with the coding's changes: asked together in a burst, and not at all while
            // the page cannot be reached (then everything is read when it is back).
            heardCount.incrementAndGet();
            liveRefresh.recount(changed);
            long shown = threadAnnotation;
            if (changed == shown) {
                ThreadSource source = ThreadSource.comments(comments);
                asViewer.query(() -> source.list(shown), list -> {
                    if (thread != null && threadAnnotation == shown) {
                        thread.show(list);
                    }
                });
            }
        });
        feedbackSubscription = events.subscribe(FeedbackChanged.class, e -> {
            // Only the coder's own views and the instructors' read feedback: nobody else even asks.
            if (e.caseId() != caseId || !(readsAllFeedback || me.equals(Usernames.normalize(e.coder())))) {
                return;
            }
            long changed = e.annotationId();
            heardCount.incrementAndGet();
            liveRefresh.recount(changed);
            long shown = feedbackAnnotation;
            if (changed == shown) {
                boolean coder = me.equals(Usernames.normalize(e.coder()));
                asViewer.query(() -> {
                    List<ThreadSource.Entry> list = ThreadSource.feedback(feedback, coder).list(shown);
                    // The coder has the feedback open in front of them: what arrives there is read (still marked
                    // "New" for this viewing, see CommentThread).
                    if (coder && list.stream().anyMatch(ThreadSource.Entry::unread)) {
                        feedback.markRead(shown);
                    }
                    return list;
                }, list -> {
                    if (feedbackThread != null && feedbackAnnotation == shown) {
                        feedbackThread.show(list);
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
        // After the server could not be reached, what changed meanwhile may be missing: refresh the whole layer. (A lost
        // Push connection alone the server notices itself: the view's refresh waits for it, see CoalescedRefresh.)
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
        if (feedbackSubscription != null) {
            feedbackSubscription.close();
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
            liveRefresh.pageBack();
        }
    }

    /** {@code coders} is null when the layer choice's list of coders did not need asking again. */
    private record Shown(List<AnnotationData> own, List<AnnotationData> visible, Map<Long, Long> commentCounts,
                         Map<Long, FeedbackCount> feedbackCounts, List<String> coders) {
    }

    /**
     * On the live-event thread: a change that carries its annotation is shown as it is; the rest (bulk changes, gold,
     * changes made on another node) make the view ask for the passage.
     */
    private void heard(LiveCoding.Change heard) {
        heardCount.incrementAndGet();
        CodingChanged e = heard.event();
        if (e.author() != null && codersAskedAbout.add(e.author())) {
            codersStale = true;
        }
        if (e.change() == CodingChanged.Change.MANY) {
            liveRefresh.touched(null);
        } else if (e.annotation() == null || e.annotation().gold()) {
            // Gold is shown in the gold layer only; a layer chosen later is read afresh.
            if (e.annotation() == null || layer.kind() == CodingLayer.Kind.GOLD) {
                liveRefresh.touched(e.passageId());
            }
        } else {
            liveRefresh.changed(heard);
        }
    }

    /** On the refresh thread: asks for what must be asked (off the session lock), then shows it with the changes. */
    private void flushLive(CoalescedRefresh.Batch batch) {
        long shownCase = caseId;
        CodingLayer shownLayer = layer;
        boolean askCoders = codersStale;
        codersStale = false;
        Set<Long> passageIds = batch.reload();
        boolean reload = passageIds == null || !passageIds.isEmpty();
        Set<Long> recount = batch.recount();
        asViewer.query(() -> {
            List<AnnotationData> own = List.of();
            List<AnnotationData> visible = List.of();
            if (reload) {
                // Changes in a few passages reload those passages: with a group's 5,000 annotations a full reload per
                // view per change kept both cores busy while a seminar coded (issue 10).
                own = passageIds == null ? annotations.mine(shownCase) : annotations.mineIn(shownCase, passageIds);
                visible = layerCoding(shownCase, shownLayer, passageIds);
            }
            List<Long> ids = new ArrayList<>(recount);
            own.forEach(a -> ids.add(a.id()));
            visible.forEach(a -> ids.add(a.id()));
            return new Shown(own, visible, ids.isEmpty() ? Map.of() : comments.counts(shownCase, ids),
                    ids.isEmpty() ? Map.of() : feedback.counts(shownCase, ids),
                    askCoders ? annotations.visibleCoders(shownCase) : null);
        }, shown -> {
            if (caseId != shownCase) {
                return;
            }
            if (shown.coders() != null) {
                codersAskedAbout.addAll(shown.coders());
                layerChoice.setCoders(shown.coders());
            }
            Set<Long> redraw = new HashSet<>();
            if (reload && layer.equals(shownLayer)) {
                redraw.addAll(passageIds == null ? passageTexts.keySet() : passageIds);
                redraw.addAll(shownCoding.reloaded(passageIds, shown.own(), shown.visible(), shown.commentCounts(),
                        shown.feedbackCounts()));
            }
            for (long id : recount) {
                if (shownCoding.recounted(id, shown.commentCounts().get(id), shown.feedbackCounts().get(id))) {
                    redraw.add(shownCoding.passageOf(id));
                }
            }
            for (LiveCoding.Change change : batch.changes()) {
                if (change.event().annotation().caseId() == caseId) {
                    redraw.addAll(shownCoding.apply(change, me, this::inLayer, liveRefresh::touched));
                }
            }
            redraw.stream().filter(passageTexts::containsKey).forEach(this::refreshHighlights);
        });
    }

    /** Whether another coder's annotation belongs to the layer shown, by the rules {@code visible} applies. */
    private boolean inLayer(LiveCoding.Change change) {
        boolean fromGroupmate = change.fromGroupmate();
        AnnotationData a = change.event().annotation();
        return switch (layer.kind()) {
            case MINE, GOLD -> false;
            case GROUP -> fromGroupmate;
            case ALL -> seesEveryone || fromGroupmate;
            case USER -> Usernames.normalize(layer.user()).equals(a.author()) && (seesEveryone || fromGroupmate);
        };
    }

    /** For the refresh thread: a gold layer withdrawn meanwhile shows nothing until the release event moves on. */
    private List<AnnotationData> layerCoding(long shownCase, CodingLayer shownLayer, Set<Long> passageIds) {
        if (shownLayer.kind() == CodingLayer.Kind.MINE) {
            return List.of();
        }
        try {
            return passageIds == null ? annotations.visible(shownCase, shownLayer)
                    : annotations.visibleIn(shownCase, shownLayer, passageIds);
        } catch (AccessDeniedException withdrawn) {
            return List.of();
        }
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
        // By path too: the review feature depends on this one. Students learn there whether scores are released.
        Anchor scores = new Anchor("cases/" + content.id() + "/scores", getTranslation("scores.link"));
        scores.setId("open-scores");
        scores.addClassName("coding-scores-link");
        tools.add(scores);
        toolControls.clear();
        caseTools.stream().sorted(Comparator.comparingInt(CaseTool::order))
                .map(tool -> tool.create(content.id())).forEach(control -> {
                    toolControls.add(control);
                    tools.add(control.component());
                });
        submission = new SubmissionBar(content.id());
        tools.add(submission);
        deletedCoding = new DeletedCoding(history, content.id(), words::describe, this::restored);
        tools.add(deletedCoding);
        tools.add(help);
        tools.add(layerChoice);
        tools.add(presenceBar);
        CaseDocument document = new CaseDocument(content, tools, (p, cited) -> {
            PassageText text = new PassageText(p.id(), p.text(), p.language(), cited,
                    getTranslation("case.passageLabel", p.ordinal()), pageLegend);
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

    /**
     * The coding panel, built when first needed: many views are only read, and with its fields, choices and
     * shortcuts the panel is a large part of what an open view holds on the server.
     */
    private CodingPanel panel() {
        if (panel == null) {
            panel = new CodingPanel(codebook, words, getLocale());
            panel.setOnClose(() -> {
                unmarkEditing();
                forgetThreads();
                Runnable back = returnFocus;
                returnFocus = null;
                if (back != null) {
                    back.run();
                }
            });
            // Docked beside the text (a bottom sheet on narrow screens): the view grid's last column.
            add(panel);
        }
        return panel;
    }

    /** Runs {@code next} at once unless the open panel holds unsaved changes (see {@link CodingPanel#whenFree}). */
    private void whenPanelFree(Runnable next) {
        if (panel == null) {
            next.run();
        } else {
            panel.whenFree(next);
        }
    }

    private void closePanel() {
        if (panel != null) {
            panel.close();
        }
    }

    private void codeNew(PassageInfo passage, int start, int end, Integer codeKey) {
        if (start < 0 || end > passage.text().length() || start >= end || submission.refusesChanges()) {
            return;
        }
        whenPanelFree(() -> openNew(passage, start, end, codeKey));
    }

    private void openNew(PassageInfo passage, int start, int end, Integer codeKey) {
        panelOpening.start();
        List<CodeDef> codes = codebook.codes();
        CodeDef preset = codeKey == null || codeKey < 1 || codeKey > codes.size() ? lastChoice.code()
                : codes.get(codeKey - 1);
        CodingForm defaults = new CodingForm(preset, lastChoice.actor(), lastChoice.addressee(), lastChoice.stage(),
                null, null, null, null);
        unmarkEditing();
        forgetThreads();
        PassageText text = passageTexts.get(passage.id());
        // Cancelled, the selection comes back, so the coder can press a code key or adjust it.
        returnFocus = () -> text.focusSpan(start, end);
        panel().openNew(passage.text().substring(start, end), defaults, List.copyOf(shownCoding.mine()), form -> {
            AnnotationCommand command = command(passage.id(), start, end, form, null);
            run(() -> {
                AnnotationData saved = annotations.create(caseId, command);
                shownCoding.saved(saved);
                lastChoice = form;
                afterChange(passage.id(), end, "coding.saved");
            });
        });
    }

    private void edit(long annotationId) {
        AnnotationData annotation = shownCoding.own(annotationId);
        if (annotation == null) {
            if (shownCoding.isOthers(annotationId)) {
                whenPanelFree(() -> showOthers(annotationId));
            }
            return;
        }
        if (submission.refusesChanges()) {
            return;
        }
        whenPanelFree(() -> openEdit(annotationId));
    }

    private void openEdit(long annotationId) {
        panelOpening.start();
        AnnotationData annotation = shownCoding.own(annotationId);
        if (annotation == null) {
            return;
        }
        markEditing(annotation);
        showThreads(annotation);
        List<AnnotationData> others = shownCoding.mine().stream().filter(a -> a.id() != annotationId).toList();
        panel().openEdit(annotation, others,
                form -> run(() -> {
                    AnnotationData saved = annotations.update(annotationId,
                            command(annotation.passageId(), annotation.start(), annotation.end(), form,
                                    annotation.version()));
                    shownCoding.saved(saved);
                    afterChange(annotation.passageId(), annotation.start(), "coding.updated");
                }),
                () -> run(() -> {
                    annotations.delete(annotationId, annotation.version());
                    // Replies to it lost their link in the database: reload rather than patch the copies.
                    reloadMine();
                    deletedCoding.refresh();
                    afterChange(annotation.passageId(), annotation.start(), "coding.deleted");
                }));
    }

    /** Someone else's annotation: read-only, whatever the panel would otherwise offer. */
    private void showOthers(long annotationId) {
        if (!shownCoding.isOthers(annotationId)) {
            return;
        }
        // The view keeps only what the highlight shows; the quote, note and dates are read now, off the lock.
        asViewer.compute(panelOpening, () -> annotations.get(annotationId), annotation -> {
            if (!shownCoding.isOthers(annotationId)) {
                return;
            }
            markEditing(annotation);
            panel().openReadOnly(annotation);
            showThreads(annotation);
        }, failed -> error(getTranslation(failed instanceof NotFoundException || failed instanceof AccessDeniedException
                ? "coding.goneMeanwhile" : "coding.readFailed")));
    }

    /** Frames the annotation's highlight as the one open in the panel; focus returns to it when the panel closes. */
    private void markEditing(AnnotationData annotation) {
        unmarkEditing();
        PassageText text = passageTexts.get(annotation.passageId());
        editing = text;
        editing.setSelectedId(annotation.id());
        // The caret at the highlight's start: Enter opens it again.
        returnFocus = () -> text.focusSpan(annotation.start(), annotation.start());
    }

    private void unmarkEditing() {
        if (editing != null) {
            editing.setSelectedId(null);
            editing = null;
        }
    }

    /**
     * The annotation's comments in the panel and, for its coder and the instructors, the feedback on it; both follow
     * changes live (see onAttach). Gold belongs to the case, not to a coder a thread could address: it has neither.
     */
    private void showThreads(AnnotationData annotation) {
        forgetThreads();
        panel().showHistory(new HistorySection(history, annotation.id(), words));
        if (annotation.gold()) {
            panel().showComments(null);
            panel().showFeedback(null);
            return;
        }
        long annotationId = annotation.id();
        thread = new CommentThread(comments, me, annotationId);
        threadAnnotation = annotationId;
        panel().showComments(thread);
        boolean coder = shownCoding.isOwn(annotationId);
        if (!coder && !readsAllFeedback) {
            panel().showFeedback(null);
            return;
        }
        feedbackThread = new CommentThread(ThreadSource.feedback(feedback, coder), me, annotationId);
        feedbackAnnotation = annotationId;
        panel().showFeedback(feedbackThread);
        // Opening it is reading it: the entries stay marked "New" for this viewing, the highlight's mark goes.
        if (coder && feedbackThread.hasUnread()) {
            feedback.markRead(annotationId);
        }
    }

    private void forgetThreads() {
        thread = null;
        threadAnnotation = 0;
        feedbackThread = null;
        feedbackAnnotation = 0;
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
            closePanel();
        } catch (StaleVersionException | NotFoundException e) {
            error(getTranslation("coding.conflict"));
            reloadMine();
            closePanel();
        }
    }

    /** After a save or delete: the panel closes and the caret goes back into the passage at {@code caret}. */
    private void afterChange(long passageId, int caret, String messageKey) {
        PassageText text = passageTexts.get(passageId);
        returnFocus = () -> text.focusSpan(caret, caret);
        closePanel();
        refreshHighlights(passageId);
        Notification done = Notification.show(getTranslation(messageKey), 2500, Notification.Position.BOTTOM_START);
        done.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /**
     * A deleted annotation is back: shown again where it was, with its comments' count. Its Restore button is gone
     * with it, so focus moves to the caret at the highlight's start (Enter opens it), not to a selection, which
     * would make the next click on the text the end of a drag.
     */
    private void restored(AnnotationData annotation) {
        reloadMine();
        loadCommentCounts();
        passageTexts.keySet().forEach(this::refreshHighlights);
        PassageText text = passageTexts.get(annotation.passageId());
        if (text != null) {
            text.focusSpan(annotation.start(), annotation.start());
        }
    }

    private void reloadMine() {
        shownCoding.showMine(annotations.mine(caseId));
        passageTexts.keySet().forEach(this::refreshHighlights);
    }

    /** Asks how many comments each shown annotation has; on the request thread, as the view opens or changes layer. */
    private void loadCommentCounts() {
        List<Long> ids = shownCoding.ids();
        shownCoding.showCounts(comments.counts(caseId, ids), feedback.counts(caseId, ids));
    }

    private void refreshHighlights(long passageId) {
        List<PassageText.Highlight> highlights = new ArrayList<>();
        shownCoding.forEachIn(passageId, a -> highlights.add(highlight(a, answerLabel(a), true)),
                o -> highlights.add(highlight(o.id(), o.start(), o.end(), o.code(), o.actor(), o.addressee(), o.stage(),
                        o.author(), false, o.gold(), null)));
        passageTexts.get(passageId).setHighlights(highlights);
    }

    /** {@code label}: null when the element words it from the legend (see {@link PassageText.Highlight}). */
    private PassageText.Highlight highlight(AnnotationData a, String label, boolean own) {
        return highlight(a.id(), a.start(), a.end(), a.code(), a.actor(), a.addressee(), a.stage(),
                own ? null : a.author(), own, a.gold(), label);
    }

    private PassageText.Highlight highlight(long id, int start, int end, String code, String actor, String addressee,
                                            int stage, String by, boolean own, boolean gold, String label) {
        long count = shownCoding.comments(id);
        FeedbackCount fb = shownCoding.feedback(id);
        return new PassageText.Highlight(id, start, end, code, actor, addressee, stage, by, own, gold, label, count,
                count == 0 ? "" : getTranslation("comments.count", count), fb.total(), fb.unread(),
                feedbackLabel(fb, own));
    }

    /**
     * Names and wording the element needs to describe a highlight as the coding panel does ({@code describe}); the
     * templates keep their placeholders, filled in the browser.
     */
    private PassageText.Legend legend(List<String> coders) {
        Map<String, List<String>> codes = new LinkedHashMap<>();
        codebook.codes().forEach(c -> codes.put(c.key(), List.of(c.name().in(getLocale()), c.color())));
        Map<String, String> actors = new LinkedHashMap<>();
        codebook.actors().forEach(x -> actors.put(x.key(), x.name().in(getLocale())));
        return new PassageText.Legend(codes, actors, getTranslation("coding.stageShort", "{0}"),
                getTranslation("layer.by", "{0}", "{1}", "{2}"), getTranslation("layer.goldBy", "{0}", "{1}"),
                List.copyOf(coders));
    }

    /** "Feedback: 2, 1 new" for the coder; to instructors, unread is what the coder has not read yet. */
    private String feedbackLabel(FeedbackCount fb, boolean own) {
        if (fb.total() == 0) {
            return "";
        }
        if (fb.unread() == 0) {
            return getTranslation("feedback.count", fb.total());
        }
        return getTranslation(own ? "feedback.countUnread" : "feedback.countUnreadByCoder", fb.total(), fb.unread());
    }

    /** An answer's tooltip names what it answers; null for the rest, which the element words itself. */
    private String answerLabel(AnnotationData a) {
        AnnotationData target = a.respondsTo() == null ? null : shownCoding.own(a.respondsTo());
        return target == null ? null
                : words.describe(a) + "\n" + getTranslation("coding.answers", words.describe(target));
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
