package app.kasus.security;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user as the services see it. Services ask this rather than trusting an id from a request,
 * so no request can act in someone else's name.
 */
@Component
public class CurrentUser {

    private final UserAccountRepository users;

    CurrentUser(UserAccountRepository users) {
        this.users = users;
    }

    @Transactional(readOnly = true)
    public UserAccount require() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated() || auth instanceof AnonymousAuthenticationToken) {
            throw new AuthenticationCredentialsNotFoundException("Not signed in");
        }
        UserAccount account = users.findByUsername(Usernames.normalize(auth.getName()))
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Unknown user " + auth.getName()));
        // A session that outlived its account's disabling (another node, a race with sign-out) acts as nobody.
        if (!account.isEnabled()) {
            throw new AuthenticationCredentialsNotFoundException("Account disabled");
        }
        return account;
    }
}
