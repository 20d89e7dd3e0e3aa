package app.kasus.roster.ui;

import app.kasus.base.NotFoundException;
import app.kasus.group.GroupService;
import app.kasus.security.AccountService;
import app.kasus.security.Role;
import app.kasus.security.UserAccountRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The data a test owns: an administrator of its own, the accounts and groups it makes, all with fresh names, and
 * removed again afterwards. The demo accounts and groups are never touched.
 */
final class Fixtures {

    static final String PASSWORD = "e2e-password-1";

    private final UserDetailsService userDetails;
    private final AccountService accounts;
    private final GroupService groups;
    private final UserAccountRepository repository;
    private final String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    private final List<String> createdAccounts = new ArrayList<>();
    private final List<String> createdGroups = new ArrayList<>();
    private String admin;

    Fixtures(UserDetailsService userDetails, AccountService accounts, GroupService groups,
             UserAccountRepository repository) {
        this.userDetails = userDetails;
        this.accounts = accounts;
        this.groups = groups;
        this.repository = repository;
    }

    /** A name no earlier test has used, e.g. {@code e2e-s-k3x9q}. */
    String name(String prefix) {
        return prefix + "-" + suffix;
    }

    String admin() {
        if (admin == null) {
            admin = name("e2e-admin");
            accounts.ensureAccount(admin, PASSWORD, "E2E Admin " + suffix, Role.ADMIN);
        }
        return admin;
    }

    /** A student with a password of their own (no one-time password to replace). */
    String student(String prefix) {
        String username = name(prefix);
        accounts.ensureAccount(username, PASSWORD, "E2E Student " + prefix, Role.STUDENT);
        createdAccounts.add(username);
        return username;
    }

    String group(String prefix) {
        String groupName = "E2E " + prefix + " " + suffix;
        as(admin(), () -> groups.create(groupName));
        createdGroups.add(groupName);
        return groupName;
    }

    /** Accounts and groups the application created in the test (through the UI) are removed afterwards too. */
    void willRemove(String username) {
        createdAccounts.add(username);
    }

    void willRemoveGroup(String groupName) {
        createdGroups.add(groupName);
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    <T> T as(String username, Supplier<T> action) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void cleanUp() {
        if (!createdAccounts.isEmpty() || !createdGroups.isEmpty()) {
            as(admin(), () -> {
                for (String username : createdAccounts) {
                    try {
                        accounts.delete(username);
                    } catch (NotFoundException gone) {
                        // Deleted by the test itself.
                    }
                }
                for (String groupName : createdGroups) {
                    groups.byName(groupName).ifPresent(g -> groups.delete(g.id(), null));
                }
            });
        }
        // Nobody may delete their own account through the service, so the test's administrator goes directly.
        if (admin != null) {
            repository.findByUsername(admin).ifPresent(repository::delete);
        }
    }
}
