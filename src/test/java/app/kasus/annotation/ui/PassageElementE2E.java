package app.kasus.annotation.ui;

import app.kasus.testsupport.BrowserTest;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Drives the plain-JS {@code <kasus-passage>} element in a real browser, without the server. */
class PassageElementE2E extends BrowserTest {

    private static final String PAGE = """
            <!doctype html><html><head><meta charset="utf-8">
            <style>body{font:16px/1.5 sans-serif;margin:20px;width:640px}</style></head>
            <body><p id="before">Text before the passages.</p><div id="host"></div><p id="after">Text after the passages.</p>
            <script>
              window.events = [];
              for (const t of ['kasus-select', 'kasus-highlight', 'kasus-code'])
                document.addEventListener(t, e => window.events.push(Object.assign({type: t, target: e.target.id}, e.detail)));
            </script></body></html>""";

    private final List<String> pageErrors = new ArrayList<>();

    @BeforeEach
    void loadElement() {
        page.onPageError(pageErrors::add);
        page.setContent(PAGE);
        var script = new Page.AddScriptTagOptions().setPath(Paths.get("frontend/components/kasus-passage.js"));
        page.addScriptTag(script);
        page.addScriptTag(script); // a second load must not redefine the element
    }

    @AfterEach
    void noPageErrors() {
        assertThat(pageErrors).isEmpty();
    }

    record Ev(String type, String target, Integer start, Integer end, String quote, Integer id, Integer code) {
        static Ev select(String target, int start, int end, String quote) {
            return new Ev("kasus-select", target, start, end, quote, null, null);
        }

        static Ev code(String target, int start, int end, String quote, int code) {
            return new Ev("kasus-code", target, start, end, quote, null, code);
        }

        static Ev highlight(String target, int id) {
            return new Ev("kasus-highlight", target, null, null, null, id, null);
        }
    }

    @Test
    void aHighlightThatNamesItsCodingIsWordedAndColouredFromThePagesLegend() {
        String text = "Kim agreed to dismantle the Yongbyon facility if sanctions were lifted.";
        int start = text.indexOf("dismantle"), end = text.indexOf(" if");
        passage("p1", text, """
                [{"id":1,"start":%d,"end":%d,"code":"concession","actor":"DPRK","addressee":"US","stage":2,"own":true},
                 {"id":2,"start":0,"end":3,"code":"demand","actor":"US","addressee":"NOPE","stage":1,"by":"siti.rahma",
                  "own":false},
                 {"id":3,"start":%d,"end":%d,"code":"gone","actor":"US","addressee":"DPRK","stage":1,"by":"budi",
                  "own":false,"gold":true}]""".formatted(start, end, end + 4, end + 12), List.of());
        legend("rgb(1, 2, 3)");
        Locator own = page.locator("#p1 [data-ids='1']");
        assertThat(own.getAttribute("title"))
                .isEqualTo("Concession · North Korea → United States · stage 2 · “dismantle the Yongbyon facility”");
        assertThat(own.evaluate("s => s.style.boxShadow")).asString().contains("rgb(1, 2, 3)");
        // Another coder's: their name and initials first; an actor the legend lacks is shown by its key.
        assertThat(page.locator("#p1 [data-ids='2']").getAttribute("title"))
                .isEqualTo("siti.rahma (SR): Demand · United States → NOPE · stage 1 · “Kim”");
        // A code the legend lacks: its key, drawn grey.
        assertThat(page.locator("#p1 [data-ids='3']").getAttribute("title"))
                .isEqualTo("Gold (budi): gone · United States → North Korea · stage 1 · “sanction”");
        // Text in the legend stays text.
        page.evaluate("document.getElementById('p1').legend = {codes: {demand: ['<b>x</b>', '#000']}, by: '{0}: {2}'}");
        assertThat(page.locator("#p1 [data-ids='2']").getAttribute("title")).startsWith("siti.rahma: <b>x</b> · US");
        assertThat(page.locator("#p1 b").count()).isZero();
    }

    @Test
    void aHighlightSentAsAnArrayIsDrawnAsTheObjectItStandsFor() {
        String text = "Kim agreed to dismantle the Yongbyon facility if sanctions were lifted.";
        int start = text.indexOf("dismantle"), end = text.indexOf(" if");
        // [id,start,end,code,actor,addressee,stage,by,flags]: flags 1 own, 2 gold, absent for another coder's.
        passage("p1", text, """
                [[1,%d,%d,"concession","DPRK","US",2,null,1],[2,0,3,"demand","US","DPRK",1,"siti.rahma"],
                 [3,%d,%d,"demand","US","DPRK",1,"budi",2]]""".formatted(start, end, end + 4, end + 12), List.of());
        legend("#16a34a");
        Locator own = page.locator("#p1 [data-ids='1']");
        assertThat(own.getAttribute("title"))
                .isEqualTo("Concession · North Korea → United States · stage 2 · “dismantle the Yongbyon facility”");
        assertThat(own.getAttribute("class")).doesNotContain("other");
        Locator other = page.locator("#p1 [data-ids='2']");
        assertThat(other.getAttribute("title")).isEqualTo("siti.rahma (SR): Demand · United States → North Korea · stage 1 · “Kim”");
        assertThat(other.getAttribute("class")).contains("other");
        assertThat(page.locator("#p1 [data-ids='3']").getAttribute("class")).contains("gold");

        // A change in the array form replaces the highlight with its id.
        page.evaluate("document.getElementById('p1').highlightChanges = [[2, 0, 3, 'concession', 'US', 'DPRK', 1, 'budi']]");
        assertThat(page.locator("#p1 [data-ids='2']").getAttribute("title"))
                .isEqualTo("budi (B): Concession · United States → North Korea · stage 1 · “Kim”");

        // Code, actors and coder may be positions in the legend's lists; one the list lacks is shown as given.
        page.evaluate("""
                const p = document.getElementById('p1');
                p.legend = Object.assign({}, p.legend, {codeKeys: ['concession', 'demand'], actorKeys: ['DPRK', 'US'],
                  coders: ['siti.rahma', 'budi']});
                p.highlightChanges = [[2, 0, 3, 1, 1, 0, 1, 0], [3, 4, 10, 7, 1, 0, 1, 9, 2]]""");
        assertThat(page.locator("#p1 [data-ids='2']").getAttribute("title"))
                .isEqualTo("siti.rahma (SR): Demand · United States → North Korea · stage 1 · “Kim”");
        assertThat(page.locator("#p1 [data-ids='2']").evaluate("s => s.style.boxShadow")).asString()
                .contains("rgb(37, 99, 235)");
        assertThat(page.locator("#p1 [data-ids='3']").getAttribute("title"))
                .isEqualTo("Gold (9): 7 · United States → North Korea · stage 1 · “agreed”");
    }

    @Test
    void changesAreDrawnOnTopOfTheFullListInAnyOrderOfArrival() {
        String text = "The defendant is liable under section 823 BGB.";
        passage("p1", text, """
                [{"id":1,"start":4,"end":13,"color":"#d97706","label":"Party"},
                 {"id":2,"start":14,"end":23,"color":"#2563eb","label":"Liability"}]""", List.of());
        String drawn = "() => [...document.querySelectorAll('#p1 [data-ids]')].map(s => s.dataset.ids + ':' + s.title)";
        // 1 replaced (moved and renamed), 2 removed, 3 added: what the server sends when a few highlights change.
        page.evaluate("""
                document.getElementById('p1').highlightChanges = JSON.stringify([
                  {id: 3, start: 0, end: 3, color: '#000', label: 'New'},
                  {id: 1, start: 30, end: 41, color: '#d97706', label: 'Section'},
                  {id: 2, removed: true}])""");
        assertThat(page.evaluate(drawn)).isEqualTo(List.of("3:New", "1:Section"));
        assertThat(page.evaluate("document.getElementById('p1').highlights.map(h => h.id)")).isEqualTo(List.of(1, 3));

        // A new full list replaces both; the changes the server folded into it are cleared with it.
        page.evaluate("""
                const p = document.getElementById('p1');
                p.highlights = [{id: 2, start: 14, end: 23, color: '#2563eb', label: 'Liability'}];
                p.highlightChanges = '[]';""");
        assertThat(page.evaluate(drawn)).isEqualTo(List.of("2:Liability"));
        // A change applied twice (the same list set again) shows once; removing what is not there is no error.
        page.evaluate("""
                const p = document.getElementById('p1');
                const changes = [{id: 4, start: 0, end: 3, color: '#000', label: 'Again'}, {id: 9, removed: true}];
                p.highlightChanges = changes; p.highlightChanges = JSON.stringify(changes);""");
        assertThat(page.evaluate(drawn)).isEqualTo(List.of("4:Again", "2:Liability"));
    }

    @Test
    void aChangedHighlightRedrawsOnlyThePartOfTheTextItCovers() {
        String sentence = "The committee weighed each proposal in turn before it voted on the final text. ";
        String text = sentence.repeat(12); // about 950 characters: several separately drawn pieces
        int late = text.length() - 20;
        passage("p1", text, """
                [{"id":1,"start":4,"end":13,"color":"#d97706","label":"Early"},
                 {"id":2,"start":%d,"end":%d,"color":"#2563eb","label":"Late"}]""".formatted(late, late + 9), List.of());
        page.evaluate("document.querySelector('#p1 [data-ids=\"1\"]').kept = true");

        page.evaluate("""
                document.getElementById('p1').highlightChanges = [
                  {id: 3, start: %d, end: %d, color: '#000', label: 'New'},
                  {id: 2, start: %d, end: %d, color: '#2563eb', label: 'Late, moved'}]""".formatted(late - 30, late - 25, late + 1, late + 9));

        // The piece at the start was left as it was; the end shows the change.
        assertThat(page.evaluate("document.querySelector('#p1 [data-ids=\"1\"]').kept === true")).isEqualTo(true);
        assertThat(page.evaluate("document.querySelector('#p1 [data-ids=\"3\"]').title")).isEqualTo("New");
        assertThat(page.evaluate("document.querySelector('#p1 [data-ids=\"2\"]').dataset.start")).isEqualTo(String.valueOf(late + 1));
        // Still one run of segments from the first character to the last, in order, holding the text.
        assertThat(page.evaluate("""
                () => { const segs = [...document.querySelectorAll('#p1 [data-start]')]; let at = 0;
                  for (const s of segs) { if (+s.dataset.start !== at) return 'gap at ' + at; at = +s.dataset.end; }
                  return at + ':' + (segs.map(s => s.textContent).join('') === document.getElementById('p1').text); }"""))
                .isEqualTo(text.length() + ":true");
        // Selecting redraws the selected one's piece with its frame; a click there still reports it.
        page.evaluate("document.getElementById('p1').selectedId = 3");
        assertThat(page.locator("#p1 .hl.sel").count()).isEqualTo(1);
        assertThat(page.evaluate("document.querySelector('#p1 [data-ids=\"1\"]').kept === true")).isEqualTo(true);
        click(charPoint("p1", late - 28, true));
        assertThat(awaitEvents(1)).containsExactly(Ev.highlight("p1", 3));
    }

    @Test
    void mouseDragOverAWordReportsItsOffsets() {
        String text = "The claimant demands damages under the contract.";
        passage("p1", text, "[]", List.of());
        int start = text.indexOf("demands");

        drag(charPoint("p1", start, true), charPoint("p1", start + 6, false));
        assertThat(awaitEvents(1)).containsExactly(Ev.select("p1", start, start + 7, "demands"));
        assertThat(page.evaluate("document.getElementById('p1').offsetsOfSelection()"))
                .isEqualTo(Map.of("start", start, "end", start + 7));

        // A drag that also catches the spaces around the word reports the word alone.
        clearEvents();
        drag(charPoint("p1", start - 1, true), charPoint("p1", start + 7, false));
        assertThat(awaitEvents(1)).containsExactly(Ev.select("p1", start, start + 7, "demands"));
    }

    @Test
    void overlappingHighlightsRenderNestedAndClickReportsTheInnermost() {
        String text = "The defendant is liable under section 823 BGB.";
        int outerStart = text.indexOf("defendant"), outerEnd = text.indexOf(" 823");
        int innerStart = text.indexOf("is liable"), innerEnd = innerStart + "is liable".length();
        // highlights given as a JSON string, as the server may send them
        passage("p1", text, """
                [{"id":1,"start":%d,"end":%d,"color":"#d97706","label":"Party"},
                 {"id":2,"start":%d,"end":%d,"color":"#2563eb","label":"Liability"}]"""
                .formatted(outerStart, outerEnd, innerStart, innerEnd), List.of());

        Object segments = page.evaluate("""
                () => [...document.querySelectorAll('#p1 [data-start]')]
                    .map(s => [+s.dataset.start, +s.dataset.end, s.dataset.ids || '', s.title || ''])""");
        assertThat(segments).isEqualTo(List.of(
                List.of(0, outerStart, "", ""),
                List.of(outerStart, innerStart, "1", "Party"),
                List.of(innerStart, innerEnd, "2 1", "Liability, Party"),
                List.of(innerEnd, outerEnd, "1", "Party"),
                List.of(outerEnd, text.length(), "", "")));

        click(charPoint("p1", text.indexOf("liable") + 2, true));
        click(charPoint("p1", outerStart + 3, true));
        assertThat(awaitEvents(2)).containsExactly(Ev.highlight("p1", 2), Ev.highlight("p1", 1));

        page.evaluate("document.getElementById('p1').selectedId = 1");
        assertThat(page.locator("#p1 .hl.sel").count()).isEqualTo(3);
    }

    @Test
    void aHighlightWithCommentsCarriesItsCountOutsideTheText() {
        String text = "The claimant demands damages under the contract.";
        int damages = text.indexOf("damages");
        passage("p1", text, """
                [{"id":7,"start":%d,"end":%d,"color":"#16a34a","label":"Remedy","comments":3,"commentsLabel":"3 comments"},
                 {"id":8,"start":0,"end":3,"color":"#2563eb","label":"None","comments":0}]"""
                .formatted(damages, damages + 7), List.of());

        Locator mark = page.locator("#p1 .kp-comments");
        assertThat(mark.count()).isEqualTo(1);
        assertThat(mark.getAttribute("aria-label")).isEqualTo("3 comments");
        assertThat(mark.getAttribute("role")).isEqualTo("img");
        assertThat(page.evaluate("getComputedStyle(document.querySelector('#p1 .kp-comments'), '::after').content"))
                .isEqualTo("\"3\"");
        // Right after the highlight's last character, and not part of the text: offsets and copied text stay exact.
        assertThat(page.evaluate("document.querySelector('#p1 .kp-comments').previousSibling.dataset.end"))
                .isEqualTo(String.valueOf(damages + 7));
        assertThat(page.locator("#p1 .kp-text").textContent()).isEqualTo(text);
        drag(charPoint("p1", damages, true), charPoint("p1", damages + 12, false));
        assertThat(page.evaluate("String(getSelection())")).isEqualTo("damages under");

        // Clicking the count opens its annotation, as clicking the highlight does.
        clearEvents();
        mark.click();
        assertThat(awaitEvents(1)).containsExactly(Ev.highlight("p1", 7));

        page.evaluate("document.getElementById('p1').highlights = []");
        assertThat(page.locator("#p1 .kp-comments").count()).isZero();
    }

    @Test
    void aHighlightWithFeedbackCarriesAMarkBesideItsCommentCountStrongerWhileUnread() {
        String text = "The claimant demands damages under the contract.";
        int damages = text.indexOf("damages");
        passage("p1", text, """
                [{"id":7,"start":%d,"end":%d,"color":"#16a34a","label":"Remedy","comments":1,"commentsLabel":"1 comment",
                  "feedback":2,"feedbackUnread":1,"feedbackLabel":"Feedback: 2, 1 new"}]"""
                .formatted(damages, damages + 7), List.of());

        Locator mark = page.locator("#p1 .kp-feedback");
        assertThat(mark.count()).isEqualTo(1);
        assertThat(mark.getAttribute("aria-label")).isEqualTo("Feedback: 2, 1 new");
        assertThat(mark.getAttribute("role")).isEqualTo("img");
        assertThat(mark.getAttribute("class")).contains("unread");
        // The number comes from CSS: the text and its offsets stay exact.
        assertThat((String) page.evaluate(
                "getComputedStyle(document.querySelector('#p1 .kp-feedback'), '::after').content")).endsWith("2\"");
        assertThat(page.locator("#p1 .kp-text").textContent()).isEqualTo(text);
        assertThat(page.evaluate("document.querySelector('#p1 .kp-feedback').previousSibling.className"))
                .isEqualTo("kp-comments");
        String unreadBackground = (String) page.evaluate(
                "getComputedStyle(document.querySelector('#p1 .kp-feedback')).backgroundColor");

        clearEvents();
        mark.click();
        assertThat(awaitEvents(1)).containsExactly(Ev.highlight("p1", 7));

        page.evaluate("""
                document.getElementById('p1').highlights = [{id: 7, start: %d, end: %d, color: '#16a34a', label: 'Remedy',
                  feedback: 2, feedbackUnread: 0, feedbackLabel: 'Feedback: 2'}]""".formatted(damages, damages + 7));
        assertThat(mark.getAttribute("class")).doesNotContain("unread");
        assertThat(mark.getAttribute("aria-label")).isEqualTo("Feedback: 2");
        assertThat(page.evaluate("getComputedStyle(document.querySelector('#p1 .kp-feedback')).backgroundColor"))
                .isNotEqualTo(unreadBackground);
        assertThat(page.locator("#p1 .kp-comments").count()).isZero();

        page.evaluate("document.getElementById('p1').highlights = []");
        assertThat(page.locator("#p1 .kp-feedback").count()).isZero();
    }

    @Test
    void focusSpanSelectsWithoutScrolling() {
        String text = "Alpha beta gamma.";
        passage("p1", text, "[]", List.of());
        page.evaluate("document.getElementById('p1').focusSpan(6, 10)");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("p1");
        assertThat(page.evaluate("String(getSelection())")).isEqualTo("beta");
        page.evaluate("document.getElementById('p1').focusSpan(6, 6)");
        assertThat(page.evaluate("String(getSelection())")).isEqualTo("");
    }

    @Test
    void keyboardSelectionReportsOffsetsAndCodes() {
        String text = "The claimant demands damages under the contract.";
        int damages = text.indexOf("damages");
        passage("p1", text, "[{\"id\":7,\"start\":%d,\"end\":%d,\"color\":\"#16a34a\",\"label\":\"Remedy\"}]"
                .formatted(damages, damages + 7), List.of());

        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isEqualTo("p1");
        for (int i = 0; i < 4; i++) page.keyboard().press("ArrowRight");
        page.keyboard().down("Shift");
        for (int i = 0; i < 5; i++) page.keyboard().press("ArrowRight");
        page.keyboard().up("Shift");
        assertThat(page.evaluate("getSelection().toString()")).isEqualTo("claim");
        // Selecting alone reports nothing: the coder commits with Enter or a code key.
        page.keyboard().press("1");
        assertThat(awaitEvents(1)).containsExactly(Ev.code("p1", 4, 9, "claim", 1));
        clearEvents();
        page.keyboard().press("Enter");
        assertThat(awaitEvents(1)).containsExactly(Ev.select("p1", 4, 9, "claim"));

        page.keyboard().press("Escape");
        assertThat(page.evaluate("document.getElementById('p1').offsetsOfSelection()")).isNull();

        // Ctrl+Right walks to word ends; the selected " demands" is reported without its space.
        clearEvents();
        page.keyboard().press("Home");
        page.keyboard().press("Control+ArrowRight");
        page.keyboard().press("Control+ArrowRight");
        page.keyboard().press("Control+Shift+ArrowRight");
        int demands = text.indexOf("demands");
        page.keyboard().press("3");
        assertThat(awaitEvents(1)).containsExactly(Ev.code("p1", demands, demands + 7, "demands", 3));

        // Enter with the caret inside a highlight opens it.
        page.keyboard().press("ArrowRight");
        page.keyboard().press("Control+ArrowRight");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("Enter");
        assertThat(awaitEvents(2)).last().isEqualTo(Ev.highlight("p1", 7));

        page.keyboard().press("Tab");
        assertThat(page.evaluate("document.activeElement.id")).isNotEqualTo("p1");
    }

    @Test
    void footnoteMarkerShowsItsNote() {
        String text = "The claim is time-barred.¹² See also³ there.";
        passage("p1", text, "[]", List.of(Map.of("number", 12, "text", "BGH NJW 2019, 1"),
                Map.of("number", 3, "text", "Palandt § 195")));
        Locator ref12 = page.locator("#p1 .note-ref[data-note='12']");
        Locator tip = page.locator("#p1 [role=tooltip]");
        assertThat(ref12.textContent()).isEqualTo("¹²");
        assertThat(ref12.locator("[data-start]").first().getAttribute("data-start"))
                .isEqualTo(String.valueOf(text.indexOf('¹')));

        ref12.click();
        assertThat(tip.isVisible()).isTrue();
        assertThat(tip.textContent()).isEqualTo("12. BGH NJW 2019, 1");
        page.keyboard().press("Escape");
        assertThat(tip.isVisible()).isFalse();

        ref12.click();
        assertThat(tip.isVisible()).isTrue();
        page.locator("#before").click();
        assertThat(tip.isVisible()).isFalse();

        page.locator("#p1 .note-ref[data-note='3']").focus();
        page.keyboard().press("Enter");
        assertThat(tip.textContent()).isEqualTo("3. Palandt § 195");
        assertThat(tip.isVisible()).isTrue();
        page.keyboard().press("Escape");

        ref12.hover();
        assertThat(tip.isVisible()).isTrue();
        assertThat(tip.textContent()).isEqualTo("12. BGH NJW 2019, 1");
        page.mouse().move(5, 5);
        assertThat(tip.isVisible()).isFalse();
    }

    @Test
    void markupInTextAndLabelsStaysLiteral() {
        String text = "Quote <b>x</b> & <img src=x onerror=\"window.pwned=1\"> end";
        passage("p1", text, "[{\"id\":1,\"start\":0,\"end\":5,\"color\":\"red;background:url(x)\",\"label\":\"<i>l</i>\"}]",
                List.of());
        assertThat(page.locator("#p1 b, #p1 img, #p1 i").count()).isZero();
        assertThat(page.locator("#p1 .kp-text").textContent()).isEqualTo(text);
        assertThat(page.locator("#p1 .hl").getAttribute("title")).isEqualTo("<i>l</i>");
        assertThat(page.evaluate("window.pwned === undefined")).isEqualTo(true);
    }

    @Test
    void selectionAcrossTheElementBoundaryIsClamped() {
        String text = "Alpha beta gamma.";
        passage("p1", text, "[]", List.of());
        BoundingBox after = page.locator("#after").boundingBox();
        BoundingBox before = page.locator("#before").boundingBox();

        drag(charPoint("p1", 6, true), new double[] {after.x + 40, after.y + after.height / 2});
        assertThat(awaitEvents(1)).containsExactly(Ev.select("p1", 6, text.length(), "beta gamma."));

        clearEvents();
        drag(new double[] {before.x + 40, before.y + before.height / 2}, charPoint("p1", 4, false));
        assertThat(awaitEvents(1)).containsExactly(Ev.select("p1", 0, 5, "Alpha"));
        // The drag began outside, so the page keeps the focus; code keys still reach the passage.
        assertThat(page.evaluate("document.activeElement === document.body")).isEqualTo(true);
        page.keyboard().press("2");
        assertThat(awaitEvents(2)).last().isEqualTo(Ev.code("p1", 0, 5, "Alpha", 2));
    }

    @Test
    void propertiesSetBeforeTheScriptLoadsAreKept() {
        page.setContent(PAGE);
        page.evaluate("""
                highlights => {
                  const el = document.createElement('kasus-passage');
                  el.id = 'p0';
                  el.text = 'Early text¹';
                  el.highlights = highlights;
                  document.getElementById('host').append(el);
                }""", "[{\"id\":4,\"start\":0,\"end\":5,\"color\":\"#000\",\"label\":\"x\"}]");
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(Paths.get("frontend/components/kasus-passage.js")));
        assertThat(page.locator("#p0 .kp-text").textContent()).isEqualTo("Early text¹");
        assertThat(page.locator("#p0 .hl").getAttribute("data-ids")).isEqualTo("4");
        assertThat(page.locator("#p0 .note-ref").getAttribute("data-note")).isEqualTo("1");
    }

    // --- helpers ---

    private void passage(String id, String text, String highlightsJson, List<Map<String, Object>> notes) {
        page.evaluate("""
                ([id, text, highlights, notes]) => {
                  const el = document.createElement('kasus-passage');
                  el.id = id;
                  document.getElementById('host').append(el);
                  el.text = text; el.highlights = highlights; el.notes = notes;
                }""", List.of(id, text, highlightsJson, notes));
    }

    /** Viewport point just inside the left (or right) edge of the character at {@code offset}. */
    private double[] charPoint(String id, int offset, boolean leftEdge) {
        @SuppressWarnings("unchecked")
        List<Number> box = (List<Number>) page.evaluate("""
                ([id, o]) => {
                  for (const s of document.getElementById(id).querySelectorAll('[data-start]')) {
                    const a = +s.dataset.start;
                    if (o >= a && o < +s.dataset.end) {
                      const r = document.createRange();
                      r.setStart(s.firstChild, o - a); r.setEnd(s.firstChild, o - a + 1);
                      const b = r.getBoundingClientRect();
                      return [b.left, b.top, b.width, b.height];
                    }
                  }
                  return null;
                }""", List.of(id, offset));
        assertThat(box).as("box of offset %d", offset).isNotNull();
        double x = box.get(0).doubleValue(), w = box.get(2).doubleValue();
        return new double[] {leftEdge ? x + 1 : x + w - 1, box.get(1).doubleValue() + box.get(3).doubleValue() / 2};
    }

    /** Gives p1 the page's legend as the server sends it (a JSON string), concessions in that colour. */
    private void legend(String concessionColour) {
        page.evaluate("""
                colour => document.getElementById('p1').legend = JSON.stringify({
                  codes: {concession: ['Concession', colour], demand: ['Demand', '#2563eb']},
                  actors: {DPRK: 'North Korea', US: 'United States'}, stage: 'stage {0}', by: '{0} ({1}): {2}',
                  goldBy: 'Gold ({0}): {1}'})""", concessionColour);
    }

    private void drag(double[] from, double[] to) {
        page.mouse().move(from[0], from[1]);
        page.mouse().down();
        page.mouse().move(to[0], to[1], new com.microsoft.playwright.Mouse.MoveOptions().setSteps(8));
        page.mouse().up();
    }

    private void click(double[] at) {
        page.mouse().click(at[0], at[1]);
    }

    private void clearEvents() {
        page.evaluate("window.events = []");
    }

    /**
     * Waits for at least {@code n} events, then until every task the gesture queued has run (the element reports a
     * mouse selection from a zero-delay timeout) and two frames have passed, so extra (unwanted) ones show up too.
     */
    private List<Ev> awaitEvents(int n) {
        page.waitForFunction("n => window.events.length >= n", n);
        page.evaluate("() => new Promise(done => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 0))");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> raw = (List<Map<String, Object>>) page.evaluate("window.events");
        return raw.stream().map(m -> new Ev((String) m.get("type"), (String) m.get("target"), integer(m.get("start")),
                integer(m.get("end")), (String) m.get("quote"), integer(m.get("id")), integer(m.get("code")))).toList();
    }

    private static Integer integer(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }
}
