package app.kasus.annotation.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import app.kasus.annotation.ThreadText;
import app.kasus.annotation.CommentData;
import app.kasus.annotation.CommentService;
import app.kasus.annotation.FeedbackData;
import app.kasus.annotation.FeedbackService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.DefaultI18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The thread component without a browser: a mocked service, a bare UI and the real translation bundles. */
class CommentThreadTest {

    private static final long ANNOTATION = 7;
    private static final String HTML = "<b>bold</b> <img src=x onerror=alert(1)>";

    private final CommentService service = mock(CommentService.class);

    @BeforeEach
    void setUp() {
        VaadinService vaadin = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(vaadin.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new DefaultI18NProvider(List.of(Locale.ENGLISH)));
        VaadinService.setCurrent(vaadin);
        UI ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
    }

    @AfterEach
    void tearDown() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }

    private static CommentData comment(long id, String author, String text, boolean edited) {
        Instant created = Instant.parse("2026-11-20T10:00:00Z");
        return new CommentData(id, ANNOTATION, author, "Name of " + author, text, 0, created,
                edited ? created.plusSeconds(60) : created, edited);
    }

    @Test
    void showsTextAsTextAndOffersChangesOnlyOnOwnComments() {
        when(service.mayWrite()).thenReturn(true);
        when(service.thread(ANNOTATION)).thenReturn(List.of(comment(1, "student1", HTML, true),
                comment(2, "student2", "plain", false)));

        CommentThread thread = new CommentThread(service, "Student1", ANNOTATION);

        List<Component> entries = withClass(thread, "comment");
        assertThat(entries).hasSize(2);
        Component mine = entries.get(0);
        HasText text = (HasText) withClass(mine, "comment-text").get(0);
        assertThat(text.getText()).isEqualTo(HTML);
        assertThat(((Component) text).getElement().getProperty("innerHTML")).isNull();
        // One text node: the browser gets the characters, never markup to parse.
        assertThat(((Component) text).getElement().getChildren()).singleElement()
                .satisfies(child -> assertThat(child.isTextNode()).isTrue());
        assertThat(withClass(mine, "comment-edited")).hasSize(1);
        assertThat(buttons(mine)).extracting(Button::getText).containsExactly("Edit", "Delete");

        Component theirs = entries.get(1);
        assertThat(withClass(theirs, "comment-edited")).isEmpty();
        assertThat(buttons(theirs)).isEmpty();
        assertThat(((HasText) withClass(theirs, "comment-author").get(0)).getText()).isEqualTo("Name of student2");

        TextArea draft = all(thread).filter(TextArea.class::isInstance).map(TextArea.class::cast).findFirst().orElseThrow();
        assertThat(draft.getMaxLength()).isEqualTo(ThreadText.MAX_LENGTH);
    }

    @Test
    void postingSendsTheTextAndReloads() {
        when(service.mayWrite()).thenReturn(true);
        when(service.thread(ANNOTATION)).thenReturn(List.of());
        CommentThread thread = new CommentThread(service, "student1", ANNOTATION);
        assertThat(withClass(thread, "comment-empty")).hasSize(1);

        TextArea draft = all(thread).filter(TextArea.class::isInstance).map(TextArea.class::cast).findFirst().orElseThrow();
        Button post = buttons(thread).stream().filter(b -> b.getText().equals("Post")).findFirst().orElseThrow();

        post.click();
        verify(service, never()).add(anyLong(), org.mockito.ArgumentMatchers.anyString());
        assertThat(draft.isInvalid()).isTrue();

        draft.setValue("A question");
        post.click();
        verify(service).add(ANNOTATION, "A question");
        verify(service, times(2)).thread(ANNOTATION);
        assertThat(draft.getValue()).isEmpty();
    }

    @Test
    void researchersGetNoField() {
        when(service.mayWrite()).thenReturn(false);
        when(service.thread(ANNOTATION)).thenReturn(List.of(comment(1, "student1", "first", false)));
        CommentThread thread = new CommentThread(service, "researcher", ANNOTATION);
        assertThat(all(thread).filter(TextArea.class::isInstance)).isEmpty();
        assertThat(buttons(thread)).isEmpty();
        assertThat(withClass(thread, "comment-read-only")).hasSize(1);
    }

    @Test
    void anEditInProgressSurvivesALiveUpdateOfTheThreadUntilCancelled() {
        FeedbackService feedback = mock(FeedbackService.class);
        when(feedback.mayWrite()).thenReturn(true);
        when(feedback.on(ANNOTATION)).thenReturn(List.of(feedback(1, "First", false)));
        CommentThread thread = new CommentThread(ThreadSource.feedback(feedback, false), "teacher", ANNOTATION);
        buttons(thread).stream().filter(b -> b.getText().equals("Edit")).findFirst().orElseThrow().click();
        TextArea editor = all(thread).filter(TextArea.class::isInstance).map(TextArea.class::cast)
                .filter(t -> t.getId().isEmpty()).findFirst().orElseThrow();
        editor.setValue("First, reworded");

        // The coder reads it meanwhile: the live reload keeps the editor and its text.
        thread.show(List.of(new ThreadSource.Entry(1, "teacher", "Ms Teacher", "First", 0, Instant.EPOCH,
                Instant.EPOCH, false, false), new ThreadSource.Entry(2, "teacher2", "Mr Other", "Second", 0,
                Instant.EPOCH, Instant.EPOCH, false, true)));
        assertThat(editor.getValue()).isEqualTo("First, reworded");
        assertThat(all(thread).anyMatch(c -> c == editor)).isTrue();
        assertThat(withClass(thread, "feedback-text")).hasSize(1);
        assertThat(thread.hasDraft()).isTrue();

        buttons(thread).stream().filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow().click();
        assertThat(all(thread).anyMatch(c -> c == editor)).isFalse();
        assertThat(thread.hasDraft()).isFalse();
        assertThat(withClass(thread, "feedback-text")).hasSize(1);
    }

    private static FeedbackData feedback(long id, String text, boolean read) {
        Instant created = Instant.parse("2026-11-21T09:00:00Z");
        return new FeedbackData(id, ANNOTATION, "teacher", "Ms Teacher", text, 0, created, created, false, read);
    }

    @Test
    void feedbackIsTheSameThreadWithItsOwnFieldWordsAndUnreadMarks() {
        FeedbackService feedback = mock(FeedbackService.class);
        when(feedback.mayWrite()).thenReturn(true);
        when(feedback.on(ANNOTATION)).thenReturn(List.of(feedback(1, HTML, false), feedback(2, "Good", true)));

        CommentThread thread = new CommentThread(ThreadSource.feedback(feedback, false), "teacher", ANNOTATION);

        assertThat(thread.getElement().getClassList()).contains("feedback-thread");
        assertThat(withClass(thread, "comment")).isEmpty();
        List<Component> entries = withClass(thread, "feedback");
        assertThat(entries).hasSize(2);
        assertThat(((HasText) withClass(entries.get(0), "feedback-text").get(0)).getText()).isEqualTo(HTML);
        // To the instructor, unread is what the coder has not read yet; read feedback carries no mark.
        assertThat(withClass(entries.get(0), "feedback-unread")).singleElement()
                .satisfies(mark -> assertThat(((HasText) mark).getText()).isEqualTo("Not read yet"));
        assertThat(withClass(entries.get(1), "feedback-unread")).isEmpty();
        assertThat(buttons(entries.get(0))).extracting(Button::getText).containsExactly("Edit", "Delete");
        assertThat(thread.hasUnread()).isTrue();

        TextArea draft = all(thread).filter(TextArea.class::isInstance).map(TextArea.class::cast).findFirst().orElseThrow();
        assertThat(draft.getId()).contains("feedback-draft");
        assertThat(draft.getMaxLength()).isEqualTo(ThreadText.MAX_LENGTH);
        Button give = buttons(thread).stream().filter(b -> b.getId().orElse("").equals("feedback-post")).findFirst()
                .orElseThrow();
        assertThat(give.getText()).isEqualTo("Give feedback");
        draft.setValue("Look at the second paragraph");
        give.click();
        verify(feedback).add(ANNOTATION, "Look at the second paragraph");
    }

    @Test
    void theCoderReadsFeedbackMarkedNewForTheWholeViewingButWritesNone() {
        FeedbackService feedback = mock(FeedbackService.class);
        when(feedback.mayWrite()).thenReturn(false);
        when(feedback.on(ANNOTATION)).thenReturn(List.of(feedback(1, "Check the actor", false)));

        CommentThread thread = new CommentThread(ThreadSource.feedback(feedback, true), "student1", ANNOTATION);
        assertThat(all(thread).filter(TextArea.class::isInstance)).isEmpty();
        assertThat(buttons(thread)).isEmpty();
        assertThat(withClass(thread, "feedback-read-only")).hasSize(1);
        assertThat(((HasText) withClass(thread, "feedback-unread").get(0)).getText()).isEqualTo("New");

        // Opening it marked it read; a live reload says so, and the entry still shows as new while it is open.
        thread.show(ThreadSource.feedback(feedback, true).list(ANNOTATION).stream()
                .map(e -> new ThreadSource.Entry(e.id(), e.author(), e.authorName(), e.text(), e.version(), e.created(),
                        e.modified(), e.edited(), false)).toList());
        assertThat(thread.hasUnread()).isFalse();
        assertThat(withClass(thread, "feedback-unread")).hasSize(1);
    }

    private static Stream<Component> all(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(CommentThreadTest::all));
    }

    private static List<Component> withClass(Component root, String className) {
        return all(root).filter(c -> c.getElement().getClassList().contains(className)).toList();
    }

    private static List<Button> buttons(Component root) {
        return all(root).filter(Button.class::isInstance).map(Button.class::cast).toList();
    }
}
