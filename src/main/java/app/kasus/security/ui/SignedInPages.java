package app.kasus.security.ui;

import app.kasus.security.AccountService;
import app.kasus.security.AccountSessionsEnded;
import app.kasus.security.Usernames;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The open pages of each signed-in user on this node. Two jobs: a user who must replace a one-time password is
 * sent to the account page whatever they open; and when an account is disabled or its password reset, its open
 * pages are sent to the sign-in page at once (by push), before the sessions themselves are ended.
 */
@Component
class SignedInPages implements VaadinServiceInitListener {

    /** Session attribute: the user has no one-time password left to replace, so the guard asks no more. */
    static final String PASSWORD_CHOSEN = SignedInPages.class.getName() + ".passwordChosen";

    private final Map<String, Set<UI>> pages = new ConcurrentHashMap<>();
    private final AccountService accounts;

    SignedInPages(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            String username = signedInUser();
            if (username == null) {
                return;
            }
            pages.computeIfAbsent(username, u -> ConcurrentHashMap.newKeySet()).add(ui);
            ui.addDetachListener(detach -> {
                Set<UI> open = pages.get(username);
                if (open != null) {
                    open.remove(ui);
                }
            });
            ui.addBeforeEnterListener(this::requireOwnPassword);
        });
    }

    private void requireOwnPassword(BeforeEnterEvent event) {
        if (event.getNavigationTarget() == AccountView.class) {
            return;
        }
        VaadinSession session = event.getUI().getSession();
        if (Boolean.TRUE.equals(session.getAttribute(PASSWORD_CHOSEN))) {
            return;
        }
        String username = signedInUser();
        if (username != null && accounts.passwordChangeRequired(username)) {
            event.forwardTo(AccountView.class);
        } else {
            session.setAttribute(PASSWORD_CHOSEN, Boolean.TRUE);
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Order(10)
    void onSessionsEnded(AccountSessionsEnded event) {
        Set<UI> open = pages.remove(event.username());
        if (open == null) {
            return;
        }
        for (UI ui : open) {
            // Runs at once when nobody holds the page's lock, so the push is on its way before the session ends.
            ui.access(() -> ui.getPage().setLocation("login?signed-out"));
        }
    }

    private static String signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return Usernames.normalize(auth.getName());
    }
}
