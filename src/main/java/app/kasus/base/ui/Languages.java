package app.kasus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The two interface languages and the remembered choice (a cookie, so it survives sign-in and restarts). */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final List<Locale> ALL = List.of(ENGLISH, INDONESIAN);

    static final String COOKIE = "kasus-lang";

    private Languages() {
    }

    static Optional<Locale> fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> Locale.forLanguageTag(c.getValue()))
                .filter(l -> ALL.stream().anyMatch(a -> a.getLanguage().equals(l.getLanguage())))
                .findFirst();
    }

    /** Switches the whole interface; the page reloads so every view renders in the new language. */
    public static void switchTo(Locale locale) {
        VaadinSession.getCurrent().setLocale(locale);
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            Cookie cookie = new Cookie(COOKIE, locale.toLanguageTag());
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        }
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
