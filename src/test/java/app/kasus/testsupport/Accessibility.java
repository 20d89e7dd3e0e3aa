package app.kasus.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;

/** axe-core run on the page as it is now: no serious or critical WCAG 2.1 A/AA violations. */
public final class Accessibility {

    private Accessibility() {
    }

    public static void assertNoSeriousViolations(Page page) {
        settle(page);
        check(new AxeBuilder(page));
    }

    /** The same, for the part of the page the CSS selector names (e.g. one new component on an older page). */
    public static void assertNoSeriousViolations(Page page, String selector) {
        settle(page);
        check(new AxeBuilder(page).include(selector));
    }

    /**
     * Waits for Vaadin's pending answer and for every finite animation or transition (in shadow roots too) to end:
     * axe measures the colours it sees, and a dialog fading in shows its label at a lighter colour than it ends at.
     */
    private static void settle(Page page) {
        VaadinClient.settle(page);
        page.waitForFunction("() => { const all = [...document.getAnimations()];"
                + " const walk = root => root.querySelectorAll('*').forEach(e => {"
                + "   if (e.shadowRoot) { all.push(...e.shadowRoot.getAnimations()); walk(e.shadowRoot); } });"
                + " walk(document);"
                + " return all.every(a => a.playState !== 'running'"
                + "   || (a.effect && a.effect.getComputedTiming().iterations === Infinity)); }");
    }

    private static void check(AxeBuilder axe) {
        AxeResults results = axe.withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        List<Rule> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .toList();
        assertThat(serious).as(() -> serious.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"))).isEmpty();
    }
}
