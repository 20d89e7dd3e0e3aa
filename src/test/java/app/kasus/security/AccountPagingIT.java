package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.KasusIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A lazy list or a script may ask for any window of the accounts, not only whole pages. */
@KasusIntegrationTest
class AccountPagingIT {

    @Autowired
    AccountService accounts;
    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void signInAsInstructor() {
        UserDetails instructor = userDetails.loadUserByUsername("instructor");
        SecurityContext security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(instructor, null,
                instructor.getAuthorities()));
        SecurityContextHolder.setContext(security);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOffsetThatIsNoMultipleOfTheLimitStartsAtThatRow() {
        // At least the six demo students; other tests' accounts may come and go, so windows are compared with the whole.
        List<String> all = usernames(accounts.manageable("student", 0, 1000));
        assertThat(all).hasSizeGreaterThanOrEqualTo(6).hasSize((int) accounts.countManageable("student"));
        assertThat(usernames(accounts.manageable("student", 1, 2))).isEqualTo(all.subList(1, 3));
        assertThat(usernames(accounts.manageable("student", 3, 2))).isEqualTo(all.subList(3, 5));
        assertThat(usernames(accounts.manageable("student", all.size() - 1, 10))).isEqualTo(all.subList(all.size() - 1, all.size()));
    }

    private static List<String> usernames(List<AccountSummary> summaries) {
        return summaries.stream().map(AccountSummary::username).toList();
    }
}
