package app.kasus.base.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.MediaType;

/** Writes the API's one error shape, {@code {"error": "…"}}, also from security filters outside Spring MVC. */
public final class ApiErrors {

    public static final String CHALLENGE_HEADER = "WWW-Authenticate";
    public static final String CHALLENGE = "Basic realm=\"Kasus\"";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ApiErrors() {
    }

    public static Map<String, String> body(String message) {
        return Map.of("error", message);
    }

    /** A 401 always names how to authenticate (RFC 9110 11.6.1); scripts use HTTP Basic or a Bearer token. */
    public static void unauthorized(HttpServletResponse response, String message) throws IOException {
        response.setHeader(CHALLENGE_HEADER, CHALLENGE);
        write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
    }

    public static void write(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), body(message));
    }
}
