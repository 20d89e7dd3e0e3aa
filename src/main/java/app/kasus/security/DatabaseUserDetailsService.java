package app.kasus.security;

import java.util.List;
import java.util.UUID;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginAttempts attempts;

    private final PasswordEncoder passwords;
    /** A hash of nothing anyone knows, made with the real hashes' cost, for refusals that check no password. */
    private final String dummyHash;

    DatabaseUserDetailsService(UserAccountRepository users, LoginAttempts attempts, PasswordEncoder passwords) {
        this.users = users;
        this.attempts = attempts;
        this.passwords = passwords;
        this.dummyHash = passwords.encode(UUID.randomUUID().toString());
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(Usernames.normalize(username))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        // Kept for the rest of an API request that this password check authenticates (see AccountStateFilter).
        RequestAccount.remember(account);
        boolean locked = attempts.isLocked(account.getUsername());
        if (locked || !account.isEnabled()) {
            // Spring refuses a locked or disabled account before checking its password, in about a millisecond,
            // while every other attempt (unknown names included, see DaoAuthenticationProvider) costs one hash:
            // the difference named the locked accounts. Spend the same time on a hash that can never match.
            passwords.matches(UUID.randomUUID().toString(), dummyHash);
        }
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .authorities(List.of(new SimpleGrantedAuthority(account.getRole().authority())))
                .accountLocked(locked)
                .disabled(!account.isEnabled())
                .build();
    }
}
