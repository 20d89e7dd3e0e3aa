package app.kasus.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A script's view of the JSON API: HTTP Basic (or a browser's session cookie), JSON in and out. */
public final class ApiClient {

    /** {@code contentType} is the response's Content-Type header, or empty when it has none. */
    public record Response(int status, JsonNode json, String body, String contentType) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;
    private final String authorization;
    private final HttpClient http;

    private ApiClient(String base, String authorization, HttpClient http) {
        this.base = base;
        this.authorization = authorization;
        this.http = http;
    }

    public static ApiClient as(int port, String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new ApiClient("http://localhost:" + port, "Basic " + token, HTTP);
    }

    /** A script holding a personal API token: {@code Authorization: Bearer <token>}, no cookies. */
    public static ApiClient bearer(int port, String token) {
        return new ApiClient("http://localhost:" + port, "Bearer " + token, HTTP);
    }

    /** The same client (its cookies too) sending this {@code Authorization} header instead. */
    public ApiClient withAuthorization(String authorization) {
        return new ApiClient(base, authorization, http);
    }

    /** The same client (credentials, cookies) talking to the application on another port: another node. */
    public ApiClient onPort(int port) {
        return new ApiClient("http://localhost:" + port, authorization, http);
    }

    public static ApiClient anonymous(int port) {
        return new ApiClient("http://localhost:" + port, null, HTTP);
    }

    /**
     * Signs in through the login page as a browser does and returns a client that sends only the session cookie
     * (no credentials, so only GETs pass the API's CSRF protection). Fails when the sign-in is refused.
     */
    public static ApiClient signIn(int port, String username, String password) {
        String base = "http://localhost:" + port;
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        try {
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + SignInForm.PATH)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String form = SignInForm.fields(username, password, SignInForm.csrfToken(page.body())).entrySet().stream()
                    .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                    .collect(Collectors.joining("&"));
            HttpResponse<String> login = browser.send(HttpRequest.newBuilder(URI.create(base + SignInForm.PATH))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String target = login.headers().firstValue("Location").orElse("");
            if (login.statusCode() != 302 || target.contains("error")) {
                throw new IllegalStateException("sign-in refused: " + login.statusCode() + " " + target);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new ApiClient(base, null, browser);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    /** A GET asking for another representation than JSON, e.g. {@code text/csv} or {@code text/html}. */
    public Response get(String path, String accept) {
        return send(request(path).setHeader("Accept", accept).GET());
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response post(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").POST(body(body)));
    }

    /** A POST without a body, for actions such as {@code /disable}. */
    public Response post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** A POST of raw bytes, e.g. a CSV file as {@code text/csv; charset=UTF-8}. */
    public Response post(String path, byte[] body, String contentType) {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data POST of one file (field {@code file}) and text fields, as a browser form sends it. */
    public Response postFile(String path, String fileName, byte[] content, Map<String, String> fields) {
        String boundary = "kasus-" + Long.toHexString(System.nanoTime());
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, body.toByteArray(), "multipart/form-data; boundary=" + boundary);
    }

    public Response put(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").PUT(body(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private static HttpRequest.BodyPublisher body(Object body) {
        try {
            String text = body instanceof String s ? s : JSON.writeValueAsString(body);
            return HttpRequest.BodyPublishers.ofString(text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = body == null || body.isBlank() ? null : parse(body);
            return new Response(response.statusCode(), json, body,
                    response.headers().firstValue("Content-Type").orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            return null;
        }
    }
}
