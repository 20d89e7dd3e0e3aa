package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.annotation.AnnotationData;
import app.kasus.codebook.ActorDef;
import app.kasus.codebook.CodeDef;
import app.kasus.codebook.CodeKind;
import app.kasus.codebook.Codebook;
import app.kasus.codebook.StageDef;
import app.kasus.codebook.Texts;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/** The side panel without a browser: what a new choice does to a form with or without unsaved changes. */
class CodingPanelTest {

    private static final Texts T = new Texts("x", "x");
    private static final CodeDef CONCESSION = new CodeDef("concession", CodeKind.CONCESSION, "#111111", T, T, T);
    private static final CodeDef DEMAND = new CodeDef("demand", CodeKind.DEMAND, "#222222", T, T, T);
    private static final Codebook CODEBOOK = new Codebook(1, List.of(CONCESSION, DEMAND),
            List.of(new ActorDef("US", T), new ActorDef("DPRK", T)), List.of(new StageDef(1, T, T)));
    private static final CodingForm EMPTY = new CodingForm(null, null, null, null, null, null, null, null);

    private CodingPanel panel;
    private final List<String> opened = new ArrayList<>();
    private int closed;

    @BeforeEach
    void setUp() {
        VaadinService vaadin = Mockito.mock(VaadinService.class);
        Instantiator instantiator = Mockito.mock(Instantiator.class);
        Mockito.when(vaadin.getInstantiator()).thenReturn(instantiator);
        Mockito.when(instantiator.getI18NProvider()).thenReturn(new DefaultI18NProvider(List.of(Locale.ENGLISH)));
        // The date picker and the icon ask the deployment's mode; a plain mock answers "not production".
        Mockito.when(vaadin.getDeploymentConfiguration())
                .thenReturn(Mockito.mock(com.vaadin.flow.function.DeploymentConfiguration.class));
        VaadinService.setCurrent(vaadin);
        UI ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
        panel = new CodingPanel(CODEBOOK, new CodingWords(new Div(), CODEBOOK, Locale.ENGLISH), Locale.ENGLISH);
        panel.setOnClose(() -> closed++);
    }

    @AfterEach
    void tearDown() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }

    private void openNew(String quote) {
        panel.whenFree(() -> {
            opened.add(quote);
            panel.openNew(quote, EMPTY, List.of(), form -> { });
        });
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<CodeDef> codeChoice() {
        return (RadioButtonGroup<CodeDef>) find(RadioButtonGroup.class, "coding-code");
    }

    private <T extends Component> Component find(Class<T> type, String id) {
        return descendants(panel).filter(type::isInstance).filter(c -> c.getId().orElse("").equals(id))
                .findFirst().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CodingPanelTest::descendants));
    }

    private String quote() {
        return descendants(panel).filter(Paragraph.class::isInstance).map(c -> (Paragraph) c)
                .filter(p -> p.hasClassName("coding-quote")).findFirst().orElseThrow().getText();
    }

    @Test
    void aNewSelectionRetargetsAnUnchangedForm() {
        openNew("first");
        openNew("second");
        assertThat(opened).containsExactly("first", "second");
        assertThat(quote()).isEqualTo("second");
        assertThat(find(com.vaadin.flow.component.html.Div.class, "coding-pending").isVisible()).isFalse();
        assertThat(panel.getElement().getAttribute("role")).isEqualTo("complementary");
        assertThat(panel.getElement().getAttribute("aria-labelledby")).isEqualTo("coding-panel-title");
    }

    @Test
    void unsavedChangesKeepTheFormUntilTheCoderDiscardsThem() {
        openNew("first");
        codeChoice().setValue(DEMAND);
        assertThat(panel.hasUnsavedChanges()).isTrue();

        openNew("second");
        assertThat(opened).containsExactly("first");
        assertThat(quote()).isEqualTo("first");
        assertThat(codeChoice().getValue()).isEqualTo(DEMAND);
        assertThat(find(com.vaadin.flow.component.html.Div.class, "coding-pending").isVisible()).isTrue();

        // The latest choice is the one that opens.
        openNew("third");
        ((Button) find(Button.class, "coding-discard")).click();
        assertThat(opened).containsExactly("first", "third");
        assertThat(quote()).isEqualTo("third");
        assertThat(codeChoice().getValue()).isNull();
        assertThat(panel.hasUnsavedChanges()).isFalse();
    }

    @Test
    void aCommentTypedButNotPostedCountsAsUnsaved() {
        app.kasus.annotation.CommentService comments = Mockito.mock(app.kasus.annotation.CommentService.class);
        Mockito.when(comments.mayWrite()).thenReturn(true);
        AnnotationData annotation = new AnnotationData(5, 1, 2, 0, 4, "text", "concession", "US", "DPRK", 1, null,
                null, null, null, "student1", 0, Instant.EPOCH, Instant.EPOCH, false, null);
        panel.whenFree(() -> panel.openReadOnly(annotation));
        CommentThread thread = new CommentThread(comments, "student2", 5);
        panel.showComments(thread);
        assertThat(panel.hasUnsavedChanges()).isFalse();

        ((TextArea) find(TextArea.class, "comment-draft")).setValue("Really?");
        assertThat(panel.hasUnsavedChanges()).isTrue();
        openNew("next");
        assertThat(opened).isEmpty();
    }

    @Test
    void feedbackTypedButNotGivenCountsAsUnsavedAndClosingClearsIt() {
        app.kasus.annotation.FeedbackService feedback = Mockito.mock(app.kasus.annotation.FeedbackService.class);
        Mockito.when(feedback.mayWrite()).thenReturn(true);
        AnnotationData annotation = new AnnotationData(5, 1, 2, 0, 4, "text", "concession", "US", "DPRK", 1, null,
                null, null, null, "student1", 0, Instant.EPOCH, Instant.EPOCH, false, null);
        panel.whenFree(() -> panel.openReadOnly(annotation));
        panel.showFeedback(new CommentThread(ThreadSource.feedback(feedback, false), "teacher", 5));
        assertThat(panel.hasUnsavedChanges()).isFalse();

        ((TextArea) find(TextArea.class, "feedback-draft")).setValue("Which actor?");
        assertThat(panel.hasUnsavedChanges()).isTrue();
        openNew("next");
        assertThat(opened).isEmpty();
        panel.close();
        assertThat(panel.hasUnsavedChanges()).isFalse();
    }

    @Test
    void closingHidesThePanelAndTellsTheViewOnce() {
        openNew("first");
        assertThat(panel.isOpened()).isTrue();
        panel.close();
        panel.close();
        assertThat(panel.isOpened()).isFalse();
        assertThat(closed).isEqualTo(1);
        // Closed, a new choice opens whatever was left in the form before.
        codeChoice().setValue(DEMAND);
        openNew("second");
        assertThat(opened).containsExactly("first", "second");
    }
}
