package app.kasus.security;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The account a request acts as, loaded once: by whatever authenticated an API request (the token check, the password
 * check, or the account state check for a session), else by the first service that asked {@link CurrentUser} during a
 * page's request. It is kept for that request only, so the services do not query it again. Outside a web request
 * (background threads, live updates) nothing is kept.
 */
final class RequestAccount {

    private static final String ATTRIBUTE = RequestAccount.class.getName();

    private RequestAccount() {
    }

    static void remember(UserAccount account) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(ATTRIBUTE, account, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The account kept for this request if it is the one named (normalized username), else null. */
    static UserAccount recall(String username) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return null;
        }
        Object kept = request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        return kept instanceof UserAccount account && account.getUsername().equals(username) ? account : null;
    }

    /** Drops the kept account, e.g. after a transaction that may have changed it rolled back. */
    static void forget() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        }
    }
}
