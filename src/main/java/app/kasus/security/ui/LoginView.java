package app.kasus.security.ui;

import app.kasus.base.ui.LanguageSwitch;
import app.kasus.security.UserSessions;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Public because the security configuration names it as the login page. */
@Route(value = "login", autoLayout = false)
@PageTitle("Kasus")
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();
    /** Shown when an administrator or instructor ended this user's session (account disabled, password reset). */
    private final Paragraph signedOut = new Paragraph();

    LoginView() {
        addClassName("login-view");
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        login.setI18n(i18n());
        Paragraph intro = new Paragraph(getTranslation("login.intro"));
        intro.addClassName("login-intro");
        signedOut.setText(getTranslation("login.signedOut"));
        signedOut.setId("signed-out-notice");
        signedOut.addClassName("login-notice");
        signedOut.getElement().setAttribute("role", "status");
        signedOut.setVisible(false);
        add(new LanguageSwitch(), intro, signedOut, login);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("login.error.message"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        login.setError(parameters.containsKey("error"));
        signedOut.setVisible(parameters.containsKey("signed-out") || takeSignedOutCookie());
    }

    /** Whether the session just ended was revoked (see UserSessions); the mark is read once. */
    private static boolean takeSignedOutCookie() {
        VaadinRequest request = VaadinService.getCurrentRequest();
        if (request == null || request.getCookies() == null) {
            return false;
        }
        boolean present = Arrays.stream(request.getCookies())
                .anyMatch(c -> UserSessions.SIGNED_OUT_COOKIE.equals(c.getName()));
        VaadinResponse response = VaadinService.getCurrentResponse();
        if (present && response != null) {
            Cookie gone = new Cookie(UserSessions.SIGNED_OUT_COOKIE, "");
            gone.setPath("/");
            gone.setMaxAge(0);
            response.addCookie(gone);
        }
        return present;
    }
}
