package app.kasus.testsupport;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;

/**
 * Signs a browser in by posting the sign-in form's request from the browser's own cookie jar, without drawing the
 * sign-in page: the tests of that page sign in through it, every other test only needs to be signed in. The session
 * is the one the form would give, so the pages opened next are signed in the same way.
 */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /**
     * Signs the page's browser in and opens {@code path} (from the application's root), returning once the app has
     * drawn its top bar there: the first page of a fresh browser loads all of Vaadin's scripts, which on a busy machine
     * takes longer than an assertion's few seconds. Fails when the sign-in is refused, naming where the server sent it.
     */
    public static void open(Page page, String base, String username, String password, String path) {
        signIn(page.context(), base, username, password);
        page.navigate(base + path);
        page.locator("#logout").waitFor();
    }

    private static void signIn(BrowserContext browser, String base, String username, String password) {
        String csrf = SignInForm.csrfToken(browser.request().get(base + SignInForm.PATH).text());
        FormData form = FormData.create();
        SignInForm.fields(username, password, csrf).forEach(form::set);
        APIResponse answer = browser.request().post(base + SignInForm.PATH,
                RequestOptions.create().setForm(form).setMaxRedirects(0));
        String target = answer.headers().getOrDefault("location", "");
        if (answer.status() != 302 || target.contains("error") || target.contains(SignInForm.PATH)) {
            throw new IllegalStateException("sign-in of " + username + " refused: " + answer.status() + " " + target);
        }
    }
}
