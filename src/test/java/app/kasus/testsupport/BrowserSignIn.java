package app.kasus.testsupport;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a browser in by posting the sign-in form's request from the browser's own cookie jar, without drawing the
 * sign-in page: the tests of that page sign in through it, every other test only needs to be signed in. The session
 * is the one the form would give, so the pages opened next are signed in the same way.
 */
public final class BrowserSignIn {

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private BrowserSignIn() {
    }

    /** Fails when the sign-in is refused, naming where the server sent it. */
    public static void as(BrowserContext browser, String base, String username, String password) {
        APIResponse loginPage = browser.request().get(base + "/login");
        Matcher csrf = CSRF_META.matcher(loginPage.text());
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page carries no CSRF token (" + loginPage.status() + ")");
        }
        APIResponse answer = browser.request().post(base + "/login", RequestOptions.create()
                .setForm(FormData.create().set("username", username).set("password", password).set("_csrf", csrf.group(1)))
                .setMaxRedirects(0));
        String target = answer.headers().getOrDefault("location", "");
        if (answer.status() != 302 || target.contains("error") || target.contains("/login")) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + answer.status() + " " + target);
        }
    }
}
