package app.kasus.security;

import static org.assertj.core.api.Assertions.assertThat;

import app.kasus.testsupport.KasusIntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every response, page, API answer, static file or error, carries the browser-hardening headers. */
@KasusIntegrationTest
class SecurityHeadersIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/", "/api/cases", "/api/nonexistent", "/components/kasus-passage.js",
            "/VAADIN/nothing-here.js", "/favicon.ico"})
    void everyResponseCarriesTheHardeningHeaders(String path) throws IOException, InterruptedException {
        HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.discarding());
        HttpHeaders headers = response.headers();
        assertThat(headers.firstValue("X-Content-Type-Options")).as(path).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).as(path).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElse("")).as(path)
                .contains("camera=()", "microphone=()", "geolocation=()");
        String csp = headers.firstValue("Content-Security-Policy").orElse("");
        assertThat(csp).as(path).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'self'");
    }

    /** Inline scripts run only with the response's nonce: each page's own scripts carry it, no page shares one. */
    @Test
    void pagesAllowOnlyTheirOwnInlineScriptsByNonce() throws IOException, InterruptedException {
        Pattern nonce = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'unsafe-eval';");
        String first = null;
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertThat(policy.replaceAll("style-src[^;]*", "")).doesNotContain("unsafe-inline");
            Matcher matcher = nonce.matcher(policy);
            assertThat(matcher.find()).as(policy).isTrue();
            String value = matcher.group(1);
            assertThat(value).isNotEqualTo(first);
            first = value;
            Matcher scripts = Pattern.compile("<script\\b[^>]*>").matcher(page.body());
            int count = 0;
            while (scripts.find()) {
                count++;
                assertThat(scripts.group()).contains("nonce=\"" + value + "\"");
            }
            assertThat(count).as("scripts of the bootstrap page").isGreaterThan(3);
        }
    }
}
