package app.kasus.security;

import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts; the only place that hashes passwords. */
@Service
public class AccountService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Creates the account unless one with that name exists; returns the stored account either way. */
    @Transactional
    public UserAccount ensureAccount(String username, String rawPassword, String displayName, Role role) {
        return users.findByUsername(username)
                .orElseGet(() -> users.save(new UserAccount(username, passwordEncoder.encode(rawPassword), displayName, role)));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> find(String username) {
        return users.findByUsername(username);
    }
}
