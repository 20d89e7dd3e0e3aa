package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The absolute session limit: a session older than it ends on its next request, which is told why. */
class UserSessionsTest {

    private static MockHttpServletResponse requestWith(UserSessions sessions, HttpSession session) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.setSession(session);
        MockHttpServletResponse response = new MockHttpServletResponse();
        sessions.filter().doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aSessionPastTheLimitEndsAndTheSignInPageIsToldWhy() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = requestWith(new UserSessions(Duration.ZERO), session);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getCookie(UserSessions.SIGNED_OUT_COOKIE)).isNotNull();
    }

    @Test
    void aSessionWithinTheLimitGoesOn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = requestWith(new UserSessions(Duration.ofHours(12)), session);

        assertThat(session.isInvalid()).isFalse();
        assertThat(response.getCookie(UserSessions.SIGNED_OUT_COOKIE)).isNull();
    }
}
