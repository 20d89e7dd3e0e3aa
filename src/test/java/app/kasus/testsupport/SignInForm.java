package app.kasus.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the sign-in page's form posts, for the test clients that sign in without drawing it. */
final class SignInForm {

    static final String PATH = "/login";

    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    private SignInForm() {
    }

    /** The CSRF token the sign-in page carries for its session; fails when it has none. */
    static String csrfToken(String signInPage) {
        Matcher csrf = CSRF_META.matcher(signInPage);
        if (!csrf.find()) {
            throw new IllegalStateException("the sign-in page carries no CSRF token");
        }
        return csrf.group(1);
    }

    /** The form's fields as the page posts them. */
    static Map<String, String> fields(String username, String password, String csrfToken) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("username", username);
        fields.put("password", password);
        fields.put("_csrf", csrfToken);
        return fields;
    }
}
