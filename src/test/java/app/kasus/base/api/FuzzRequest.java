package app.kasus.base.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/**
 * One generated request. {@code body} is JSON to send ({@code rawBody} null), or {@code rawBody} is sent as is;
 * neither for a call without a body. {@code headers} maps a header to its value (absent: not sent).
 */
record FuzzRequest(ApiOperations.Op op, Caller caller, String path, String query, Map<String, String> headers,
                   JsonNode body, String rawBody) {

    enum Caller { STUDENT, INSTRUCTOR }

    String target() {
        return path + (query.isEmpty() ? "" : "?" + query);
    }

    @Override
    public String toString() {
        String sent = rawBody != null ? rawBody : body == null ? "" : body.toString();
        return caller + " " + op.method() + " " + target() + " " + headers + " "
                + (sent.length() > 300 ? sent.substring(0, 300) + "…(" + sent.length() + ")" : sent);
    }
}
