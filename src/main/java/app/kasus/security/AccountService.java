package app.kasus.security;

import app.kasus.base.ConflictException;
import app.kasus.base.InvalidInputException;
import app.kasus.base.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: creating them, disabling, resetting and changing passwords. The only place that hashes passwords.
 * Every change is checked against {@link AccessRules} for the signed-in user, whoever calls.
 */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccessRules access;
    private final AccountUsage usage;
    private final ApplicationEventPublisher events;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder, CurrentUser currentUser,
                   AccessRules access, AccountUsage usage, ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.access = access;
        this.usage = usage;
        this.events = events;
    }

    /** Creates the account unless one with that name exists; returns the stored account either way. For seeding. */
    @Transactional
    public UserAccount ensureAccount(String username, String rawPassword, String displayName, Role role) {
        return users.findByUsername(Usernames.normalize(username))
                .orElseGet(() -> users.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role)));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(Usernames.normalize(username));
    }

    /** The roles whose accounts the signed-in user manages; empty for those who manage none. */
    public Set<Role> manageableRoles() {
        return access.manageableRoles(currentUser.require());
    }

    /** Whether the signed-in user manages any accounts, for pages deciding what to offer. */
    public boolean mayManageAccounts() {
        return access.mayManageAccounts(currentUser.require());
    }

    /** Refused (403) to a signed-in user who manages no accounts. */
    public void requireManageAccounts() {
        access.requireManageAccounts(currentUser.require());
    }

    /** The accounts the signed-in user may manage whose username or display name contains {@code filter}. */
    @Transactional(readOnly = true)
    public List<AccountSummary> manageable(String filter, int offset, int limit) {
        UserAccount me = currentUser.require();
        Set<Role> roles = access.manageableRoles(me);
        if (limit <= 0 || roles.isEmpty()) {
            return List.of();
        }
        return users.search(roles, pattern(filter), new OffsetPage(Math.max(0, offset), limit))
                .stream().map(AccountSummary::of).toList();
    }

    @Transactional(readOnly = true)
    public long countManageable(String filter) {
        Set<Role> roles = access.manageableRoles(currentUser.require());
        return roles.isEmpty() ? 0 : users.countSearch(roles, pattern(filter));
    }

    /** The named accounts (missing names are skipped), whatever the caller may manage: for showing group members. */
    @Transactional(readOnly = true)
    public List<AccountSummary> summaries(List<String> usernames) {
        return users.findByUsernameIn(usernames.stream().map(Usernames::normalize).toList()).stream()
                .map(AccountSummary::of).toList();
    }

    /** The named accounts by (normalised) username, in one query; missing names are absent from the map. */
    @Transactional(readOnly = true)
    public java.util.Map<String, UserAccount> findAll(java.util.Collection<String> usernames) {
        return users.findByUsernameIn(usernames.stream().map(Usernames::normalize).toList()).stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::getUsername, a -> a));
    }

    /** Which of the names are taken (compared without regard to case), in one query: for checking a roster. */
    @Transactional(readOnly = true)
    public java.util.Set<String> existing(java.util.Collection<String> usernames) {
        return users.findByUsernameIn(usernames.stream().map(Usernames::normalize).toList()).stream()
                .map(UserAccount::getUsername).collect(java.util.stream.Collectors.toSet());
    }

    /** Checks a new account without storing it; throws what {@link #create} would. */
    @Transactional(readOnly = true)
    public void check(NewAccount account) {
        validate(account, currentUser.require());
    }

    /** Creates an account with a one-time password the user must replace at first sign-in. */
    @Transactional
    public IssuedPassword create(NewAccount account) {
        return createAll(List.of(account)).get(0);
    }

    /**
     * Creates all accounts or none (the caller's transaction, when there is one, decides): a roster import runs
     * this inside its own transaction together with the group memberships.
     */
    @Transactional
    public List<IssuedPassword> createAll(List<NewAccount> accounts) {
        UserAccount me = currentUser.require();
        accounts.forEach(a -> validate(a, me));
        // BCrypt is deliberately slow (~0.1 s a hash): a class of hundreds is hashed on all cores.
        List<String> passwords = accounts.stream().map(a -> Passwords.oneTime()).toList();
        List<String> hashes = passwords.parallelStream().map(passwordEncoder::encode).toList();
        List<IssuedPassword> issued = new ArrayList<>(accounts.size());
        for (int i = 0; i < accounts.size(); i++) {
            NewAccount a = accounts.get(i);
            UserAccount account = new UserAccount(a.username(), hashes.get(i), a.displayName().strip(), a.role());
            account.setPassword(hashes.get(i), true);
            try {
                users.saveAndFlush(account);
            } catch (DataIntegrityViolationException e) {
                // Someone created the same name a moment ago.
                throw new InvalidInputException("username", "an account named " + account.getUsername() + " exists");
            }
            issued.add(new IssuedPassword(AccountSummary.of(account), passwords.get(i)));
        }
        return issued;
    }

    @Transactional
    public AccountSummary disable(String username) {
        UserAccount account = manageableOther(username);
        account.setEnabled(false);
        events.publishEvent(new AccountSessionsEnded(account.getUsername()));
        return AccountSummary.of(account);
    }

    @Transactional
    public AccountSummary enable(String username) {
        UserAccount account = manageableOther(username);
        account.setEnabled(true);
        return AccountSummary.of(account);
    }

    /** Gives the account a new one-time password and signs it out everywhere: whoever knew the old one is out. */
    @Transactional
    public IssuedPassword resetPassword(String username) {
        UserAccount account = manageableOther(username);
        String password = Passwords.oneTime();
        account.setPassword(passwordEncoder.encode(password), true);
        events.publishEvent(new AccountSessionsEnded(account.getUsername()));
        return new IssuedPassword(AccountSummary.of(account), password);
    }

    /** The signed-in user's own change: needs the current password, and ends any must-change state. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        UserAccount me = currentUser.require();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "is not your current password");
        }
        Passwords.problem(newPassword).ifPresent(p -> {
            throw new InvalidInputException("newPassword", p);
        });
        if (newPassword.equals(currentPassword)) {
            throw new InvalidInputException("newPassword", "must differ from the current password");
        }
        me.setPassword(passwordEncoder.encode(newPassword), false);
        users.saveAndFlush(me);
    }

    /** Whether the signed-in user still has to replace a one-time password. */
    @Transactional(readOnly = true)
    public boolean passwordChangeRequired(String username) {
        return find(username).map(UserAccount::mustChangePassword).orElse(false);
    }

    /** Deletes an account that has no coding; one with coding is disabled instead, so no coder's work is lost. */
    @Transactional
    public void delete(String username) {
        UserAccount account = manageableOther(username);
        long annotations = usage.annotationCount(account.getId());
        long comments = usage.commentCount(account.getId());
        if (annotations > 0 || comments > 0) {
            throw new ConflictException(account.getUsername() + " has " + annotations + " annotations and " + comments
                    + " comments or feedback: disable the account instead of deleting it");
        }
        users.delete(account);
        events.publishEvent(new AccountSessionsEnded(account.getUsername()));
    }

    /** One account the signed-in user manages; not found for anyone else's (an instructor asking for an admin). */
    @Transactional(readOnly = true)
    public AccountSummary manageableAccount(String username) {
        return AccountSummary.of(accountManagedBy(currentUser.require(), username));
    }

    private UserAccount accountManagedBy(UserAccount me, String username) {
        // A role that manages no accounts is refused outright; 404 below is for accounts of roles one may not manage.
        access.requireManageAccounts(me);
        UserAccount account = users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new NotFoundException("no account " + Usernames.normalize(username)));
        if (!access.mayManage(me, account.getRole())) {
            // Not 403: an instructor has no business learning which administrator names exist.
            throw new NotFoundException("no account " + account.getUsername());
        }
        return account;
    }

    private UserAccount manageableOther(String username) {
        UserAccount me = currentUser.require();
        UserAccount account = accountManagedBy(me, username);
        if (account.getId().equals(me.getId())) {
            throw new InvalidInputException("username", "you cannot do this to your own account");
        }
        return account;
    }

    private void validate(NewAccount account, UserAccount me) {
        access.requireManageAccounts(me);
        Usernames.problem(account.username()).ifPresent(p -> {
            throw new InvalidInputException("username", p);
        });
        if (account.displayName() == null || account.displayName().isBlank()) {
            throw new InvalidInputException("displayName", "must not be empty");
        }
        if (account.displayName().strip().length() > UserAccount.MAX_DISPLAY_NAME) {
            throw new InvalidInputException("displayName", "must have at most " + UserAccount.MAX_DISPLAY_NAME + " characters");
        }
        if (account.role() == null) {
            throw new InvalidInputException("role", "must be one of student, researcher, instructor, admin");
        }
        access.requireManage(me, account.role());
        if (users.findByUsername(Usernames.normalize(account.username())).isPresent()) {
            throw new InvalidInputException("username", "an account named " + Usernames.normalize(account.username()) + " exists");
        }
    }

    private static String pattern(String filter) {
        String f = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return f.isEmpty() ? "" : "%" + f.replace("%", "") + "%";
    }
}
