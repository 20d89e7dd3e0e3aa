package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.StageDef;
import app.kasus.codebook.Texts;
import app.kasus.testsupport.LockedUi;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * A field the form hides (the valence of a code that is no signal) still gets what Vaadin sends it with the response
 * that changed it. Hidden with {@code setVisible(false)} its calls were held back for as long as it stayed hidden: six
 * more per coding in every open reading view, each scanned on every later response (issue 10).
 */
class HiddenFieldsInStepTest {

    private static final Texts T = new Texts("x", "x");
    private static final CodeDef CONCESSION = new CodeDef("concession", CodeKind.CONCESSION, "#111111", T, T, T);
    private static final Codebook CODEBOOK = new Codebook(1, List.of(CONCESSION),
            List.of(new ActorDef("US", T), new ActorDef("DPRK", T)), List.of(new StageDef(1, T, T)));

    private final LockedUi locked = new LockedUi();

    @BeforeEach
    void enter() {
        locked.enterRequest();
        VaadinService vaadin = Mockito.mock(VaadinService.class);
        Instantiator instantiator = Mockito.mock(Instantiator.class);
        Mockito.when(vaadin.getInstantiator()).thenReturn(instantiator);
        Mockito.when(instantiator.getI18NProvider()).thenReturn(new DefaultI18NProvider(List.of(Locale.ENGLISH)));
        // The date picker asks the deployment's mode; a plain mock answers "not production".
        Mockito.when(vaadin.getDeploymentConfiguration()).thenReturn(Mockito.mock(DeploymentConfiguration.class));
        VaadinService.setCurrent(vaadin);
    }

    @AfterEach
    void leave() {
        locked.leaveRequest();
    }

    @Test
    void theHiddenValenceChoiceGetsItsUpdatesInTheResponseThatMadeThem() {
        UI ui = locked.ui();
        CodingPanel panel = new CodingPanel(CODEBOOK, new CodingWords(new Div(), CODEBOOK, Locale.ENGLISH), Locale.ENGLISH);
        ui.add(panel);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<?> valence = (RadioButtonGroup<?>) descendants(panel)
                .filter(c -> c.getId().orElse("").equals("coding-valence")).findFirst().orElseThrow();
        CodingForm concession = new CodingForm(CONCESSION, null, null, null, null, null, null, null);

        panel.openNew("first", concession, List.of(), form -> { });
        respond(ui);
        panel.close();
        respond(ui);
        // Read-only and then editable again: Vaadin sets each of the valence's buttons anew in the browser.
        panel.whenFree(() -> panel.openReadOnly(new app.kasus.annotation.AnnotationData(5, 1, 2, 0, 4, "text",
                "concession", "US", "DPRK", 1, null, null, null, null, "student1", 0, java.time.Instant.EPOCH,
                java.time.Instant.EPOCH, false, null)));
        List<PendingJavaScriptInvocation> sent = respond(ui);

        assertThat(sent).as("the valence's buttons are updated with this response")
                .anyMatch(call -> isWithin(Element.get(call.getOwner()), valence.getElement()));
        assertThat(valence.getElement().hasAttribute("hidden")).as("no valence for a concession").isTrue();
    }

    /** What Vaadin writes into a response: first what waits for it, then the calls it sends. */
    private static List<PendingJavaScriptInvocation> respond(UI ui) {
        ui.getInternals().getStateTree().runExecutionsBeforeClientResponse();
        return ui.getInternals().dumpPendingJavaScriptInvocations();
    }

    private static boolean isWithin(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.getParent()) {
            if (e.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(HiddenFieldsInStepTest::descendants));
    }
}
