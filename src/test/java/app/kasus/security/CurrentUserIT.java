package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.ApiClient;
import app.kasus.testsupport.ApiFixtures;
import app.kasus.testsupport.KasusIntegrationTest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * A request (a page's or the API's) loads its user once: every service after the first gets the same account, not
 * another query. A transaction that rolled back may have left changes in it, so the next one loads it afresh; and
 * outside a request (live updates, background work) nothing is kept.
 */
@KasusIntegrationTest
class CurrentUserIT {

    @LocalServerPort
    int port;
    @Autowired
    CurrentUser currentUser;
    @Autowired
    TransactionTemplate transactions;

    private ApiFixtures fixtures;
    private final String username = ApiFixtures.unique("current");

    @BeforeEach
    void setUp() {
        fixtures = new ApiFixtures(port, ApiClient.as(port, "instructor", "kasus-demo"));
        fixtures.createAccount(username, "STUDENT");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_STUDENT"))));
    }

    @AfterEach
    void tearDown() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
        fixtures.cleanUp();
    }

    @Test
    void oneRequestLoadsItsUserOnce() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        UserAccount first = currentUser.require();
        UserAccount again = currentUser.require();
        assertThat(first.getUsername()).isEqualTo(username);
        assertThat(again).isSameAs(first);

        // The next request starts from the database again.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        assertThat(currentUser.require()).isNotSameAs(first);
    }

    @Test
    void aRolledBackTransactionMakesTheRequestLoadItsUserAfresh() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        UserAccount inRolledBack = transactions.execute(status -> {
            status.setRollbackOnly();
            return currentUser.require();
        });
        assertThat(currentUser.require()).isNotSameAs(inRolledBack);
    }

    @Test
    void outsideARequestNothingIsKept() {
        RequestContextHolder.resetRequestAttributes();
        assertThat(currentUser.require()).isNotSameAs(currentUser.require());
    }
}
