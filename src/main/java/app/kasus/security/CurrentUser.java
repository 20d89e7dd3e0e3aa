package app.kasus.security;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.LockMode;
import org.hibernate.NonUniqueObjectException;
import org.hibernate.Session;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The signed-in user as the services see it. Services ask this rather than trusting an id from a request,
 * so no request can act in someone else's name.
 */
@Component
public class CurrentUser {

    private final UserAccountRepository users;

    @PersistenceContext
    private EntityManager entityManager;

    CurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public UserAccount require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        String username = Usernames.normalize(auth.getName());
        UserAccount remembered = RequestAccount.recall(username);
        UserAccount account;
        if (remembered != null) {
            account = attach(remembered);
        } else {
            account = users.findByUsername(username)
                    .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown user " + auth.getName()));
            // A page's request asks several services, each for the user: one query per request, as for the API.
            RequestAccount.remember(account);
            forgetOnRollback();
        }
        // A session that outlived its account's disabling (another node, a race with sign-out) acts as nobody.
        if (!account.isEnabled()) {
            throw new AuthenticationCredentialsNotFoundException("Account disabled");
        }
        return account;
    }

    /**
     * Makes the account this request already loaded part of the current transaction without querying it again, so
     * the service changes and links it as a managed entity. Should that transaction roll back, the instance may
     * hold changes the database does not, so the request forgets it and the next transaction loads it afresh.
     */
    private UserAccount attach(UserAccount loaded) {
        if (entityManager.contains(loaded)) {
            return loaded;
        }
        Session session = entityManager.unwrap(Session.class);
        try {
            session.lock(loaded, LockMode.NONE);
        } catch (NonUniqueObjectException alreadyLoaded) {
            return entityManager.find(UserAccount.class, loaded.getId());
        }
        forgetOnRollback();
        return loaded;
    }

    private static void forgetOnRollback() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        RequestAccount.forget();
                    }
                }
            });
        }
    }
}
