package app.kasus.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import app.kasus.base.StaleVersionException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** How a page reports a refused change: the field marked, the right message, the page reloaded when stale. */
class AttemptTest {

    private static final Attempt.Messages MESSAGES = new Attempt.Messages("t.invalid", "t.stale", "t.gone", "t.denied");

    /** Echoes the key and its parameters, so a test sees which message was chosen and what it was given. */
    private static final I18NProvider KEYS = new I18NProvider() {
        @Override
        public List<Locale> getProvidedLocales() {
            return List.of(Locale.ENGLISH);
        }

        @Override
        public String getTranslation(String key, Locale locale, Object... params) {
            return key + (params.length == 0 ? "" : List.of(params).toString());
        }
    };

    private UI ui;
    private final Div page = new Div();
    private final TextField name = new TextField();
    private final AtomicInteger reloads = new AtomicInteger();
    private final List<String> said = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        VaadinService vaadin = mock(VaadinService.class);
        Instantiator instantiator = mock(Instantiator.class);
        when(vaadin.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(KEYS);
        VaadinService.setCurrent(vaadin);
        ui = new UI();
        ui.setLocale(Locale.ENGLISH);
        UI.setCurrent(ui);
        ui.add(page);
    }

    @AfterEach
    void tearDown() {
        UI.setCurrent(null);
        VaadinService.setCurrent(null);
    }

    private Attempt attempt() {
        return Attempt.from(page, MESSAGES).fields(Map.of("name", name), field -> "label of " + field)
                .reload(reloads::incrementAndGet).sayingTo(said::add);
    }

    private List<String> shownMessages() {
        return said;
    }

    @Test
    void aChangeThatWorksReturnsItsResultAndSaysNothing() {
        assertThat(attempt().get(() -> 42)).contains(42);
        assertThat(attempt().run(() -> { })).isTrue();
        assertThat(shownMessages()).isEmpty();
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aRefusedInputIsMarkedAtItsFieldAndNamedWithItsLabel() {
        Optional<Integer> result = attempt().get(() -> {
            throw new InvalidInputException("name", "too long");
        });

        assertThat(result).isEmpty();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("too long");
        assertThat(shownMessages()).singleElement().asString().contains("t.invalid[too long, label of name]");
        assertThat(reloads).hasValue(0);
    }

    @Test
    void aRefusalWithoutAFieldIsStillSaid() {
        assertThat(attempt().run(() -> {
            throw new InvalidInputException(null, "bad");
        })).isFalse();
        assertThat(name.isInvalid()).isFalse();
        assertThat(shownMessages()).singleElement().asString().contains("t.invalid[bad, label of ]");
    }

    @Test
    void someoneElsesChangeOrDeletionReloadsThePage() {
        attempt().run(() -> {
            throw new StaleVersionException("old");
        });
        attempt().run(() -> {
            throw new ConflictException("raced");
        });
        attempt().run(() -> {
            throw new NotFoundException("gone");
        });

        assertThat(reloads).hasValue(3);
        assertThat(shownMessages()).hasSize(3).anySatisfy(m -> assertThat(m).contains("t.stale"))
                .anySatisfy(m -> assertThat(m).contains("t.gone"));
    }

    @Test
    void aRefusalOfRightsIsSaidWithoutReloading() {
        attempt().run(() -> {
            throw new AccessDeniedException("no");
        });
        assertThat(shownMessages()).singleElement().asString().contains("t.denied");
        assertThat(reloads).hasValue(0);
    }

    @Test
    void thePagesOwnHandlingComesFirstAndAnythingUnknownIsNotSwallowed() {
        class Locked extends ConflictException {
            Locked() {
                super("locked");
            }
        }
        AtomicInteger special = new AtomicInteger();
        attempt().on(Locked.class, e -> special.incrementAndGet()).run(() -> {
            throw new Locked();
        });
        assertThat(special).hasValue(1);
        assertThat(reloads).hasValue(0);

        assertThatThrownBy(() -> attempt().run(() -> {
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);
    }
}
