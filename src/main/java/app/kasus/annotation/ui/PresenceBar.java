package app.kasus.annotation.ui;

import app.kasus.annotation.Presence;
import app.kasus.base.LiveEvents;
import app.kasus.base.ui.AsViewer;
import app.kasus.base.ui.BrowserHidden;
import app.kasus.base.ui.OpenPage;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Who else of the viewer's groups reads the case now: an avatar each (name and section in its tooltip) and the
 * same as text, so it is not left to a hover. It also tells {@link Presence} that this page reads the case, and
 * which section is at the top of the window.
 */
class PresenceBar extends Div {

    private static final long DELAY_MILLIS = 250;

    private final Presence presence;
    // One per open page: the same person may read in two tabs, and each leaves on its own.
    private final String viewKey = UUID.randomUUID().toString();
    private final AvatarGroup avatars = new AvatarGroup();
    private final Span names = new Span();
    private volatile long caseId;
    private Map<String, String> headings = Map.of();
    private LiveEvents.Subscription subscription;
    private CoalescedRefresh refresh;
    /** What the bar shows now (under the session lock). */
    private List<Presence.Reader> shown = List.of();
    /** Who looks, asked on the first refresh (off the session lock) and kept while the page is open. */
    private volatile Presence.Viewer viewer;

    PresenceBar(Presence presence) {
        this.presence = presence;
        setId("presence");
        addClassName("presence");
        avatars.setMaxItemsVisible(6);
        names.addClassName("presence-names");
        add(avatars, names);
        BrowserHidden.set(this, true);
    }

    /** The page now shows this case; {@code headings} name its sections by element id. */
    void reading(long caseId, Map<String, String> headings) {
        this.caseId = caseId;
        this.headings = headings;
        presence.reading(viewKey, caseId, "");
        trackSections();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        AsViewer asViewer = new AsViewer(ui);
        refresh = new CoalescedRefresh(DELAY_MILLIS, DELAY_MILLIS, () -> OpenPage.reachable(ui), ignored -> {
            long asked = caseId;
            asViewer.query(() -> {
                if (viewer == null) {
                    viewer = presence.viewer();
                }
                return presence.othersReading(asked, viewer);
            }, readers -> {
                if (caseId == asked) {
                    show(readers);
                }
            });
        });
        subscription = presence.watch(() -> caseId, () -> refresh.touched(null));
        refresh.touched(null);
        // Vaadin keeps a closed tab's UI until its heartbeats are missed (minutes), and a Push message sent while
        // the page unloads is lost: a beacon says goodbye as the page goes. Restored from the browser's cache, it
        // comes back.
        getElement().executeJs("""
                const bar = this, view = $0;
                window.addEventListener('pagehide', () => {
                  const token = document.querySelector('meta[name="_csrf"]');
                  const param = document.querySelector('meta[name="_csrf_parameter"]');
                  const body = new URLSearchParams({ view });
                  if (token) body.append(param ? param.content : '_csrf', token.content);
                  navigator.sendBeacon('api/presence/leave', body);
                });
                window.addEventListener('pageshow', (e) => {
                  if (e.persisted && bar.$server) bar.$server.readingSection(bar._kasusCurrent || '');
                });""", viewKey);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        subscription.close();
        refresh.close();
        presence.left(viewKey);
        super.onDetach(detachEvent);
    }

    /**
     * Reports the section at the top of the window whenever the reader settles in another one (after a short pause,
     * so scrolling through the case is not a stream of calls). Set up anew for each case shown.
     */
    private void trackSections() {
        getElement().executeJs("""
                const bar = this;
                if (bar._kasusSections) bar._kasusSections.disconnect();
                let current = null, timer = null;
                const sections = [...document.querySelectorAll('section.case-section')];
                const observer = new IntersectionObserver(() => {
                  const top = sections.find((s) => { const r = s.getBoundingClientRect(); return r.bottom > 60 && r.top < innerHeight; });
                  const id = top ? top.id : '';
                  if (id === current) return;
                  current = id;
                  bar._kasusCurrent = id;
                  clearTimeout(timer);
                  timer = setTimeout(() => { if (bar.isConnected && bar.$server) bar.$server.readingSection(current); }, 400);
                }, { threshold: [0, 0.5, 1] });
                sections.forEach((s) => observer.observe(s));
                bar._kasusSections = observer;""");
    }

    /** "Siti Rahma" → "SR", "Budi" → "B": the avatar's letters, from the name people know each other by. */
    static String initialsOfName(String displayName) {
        StringBuilder out = new StringBuilder();
        for (String word : displayName.strip().split("[\\s,]+")) {
            if (!word.isEmpty() && out.length() < 2) {
                out.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
            }
        }
        return out.toString();
    }

    @ClientCallable
    void readingSection(String sectionId) {
        presence.reading(viewKey, caseId, headings.getOrDefault(sectionId, ""));
    }

    private void show(List<Presence.Reader> readers) {
        // Most changes of who reads are someone else's section among people this viewer does not see: nothing to send.
        if (readers.equals(shown)) {
            return;
        }
        shown = readers;
        List<String> labels = readers.stream().map(r -> r.section().isEmpty() ? r.displayName()
                : getTranslation("presence.reader", r.displayName(), r.section())).toList();
        avatars.setItems(labels.stream().map(AvatarGroup.AvatarGroupItem::new).toList());
        for (int i = 0; i < readers.size(); i++) {
            avatars.getItems().get(i).setAbbreviation(initialsOfName(readers.get(i).displayName()));
        }
        names.setText(getTranslation("presence.label", String.join("; ", labels)));
        BrowserHidden.set(this, readers.isEmpty());
    }
}
