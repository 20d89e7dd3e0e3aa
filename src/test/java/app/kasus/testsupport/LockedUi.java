package app.kasus.testsupport;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A UI in a session with a real lock, for tests that must tell the request thread holding the session lock from a
 * background thread: {@code ui.access} runs at once under that lock, as Vaadin does once the lock is free.
 * Translations echo their key, so a test sees which message a page chose.
 */
public final class LockedUi {

    private final ReentrantLock lock = new ReentrantLock();
    private final VaadinService service = mock(VaadinService.class);
    private final VaadinSession session;
    private final UI ui = new UI();

    public LockedUi() {
        Instantiator instantiator = mock(Instantiator.class);
        when(service.getInstantiator()).thenReturn(instantiator);
        when(instantiator.getI18NProvider()).thenReturn(new I18NProvider() {
            @Override
            public List<Locale> getProvidedLocales() {
                return List.of(Locale.ENGLISH);
            }

            @Override
            public String getTranslation(String key, Locale locale, Object... params) {
                return key;
            }
        });
        session = new VaadinSession(service) {
            @Override
            public Lock getLockInstance() {
                return lock;
            }

            @Override
            public boolean hasLock() {
                return lock.isHeldByCurrentThread();
            }

            @Override
            public Future<Void> access(Command command) {
                lock();
                try {
                    command.execute();
                } finally {
                    unlock();
                }
                return CompletableFuture.completedFuture(null);
            }
        };
        session.lock();
        try {
            ui.getInternals().setSession(session);
            ui.setLocale(Locale.ENGLISH);
        } finally {
            session.unlock();
        }
    }

    public UI ui() {
        return ui;
    }

    public VaadinSession session() {
        return session;
    }

    /** Becomes the request: the current thread holds the session lock and sees this UI as current. */
    public void enterRequest() {
        session.lock();
        CurrentInstance.setCurrent(ui);
    }

    /** Ends the request (and any left open by a failed test). */
    public void leaveRequest() {
        CurrentInstance.clearAll();
        while (lock.isHeldByCurrentThread()) {
            session.unlock();
        }
    }
}
