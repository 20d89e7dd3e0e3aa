package app.kasus.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The Content-Security-Policy nonce of one response: the policy header names it, and the page's own inline scripts
 * (Vaadin's bootstrap) carry it, so they run while any inline script injected into the page does not. New and
 * unguessable for every request; kept as a request attribute so the header writer and the page agree.
 */
public final class ScriptNonce {

    private static final String ATTRIBUTE = ScriptNonce.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private ScriptNonce() {
    }

    public static String of(HttpServletRequest request) {
        Object existing = request.getAttribute(ATTRIBUTE);
        if (existing instanceof String nonce) {
            return nonce;
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(ATTRIBUTE, nonce);
        return nonce;
    }
}
