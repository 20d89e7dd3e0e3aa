package app.kasus.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.catalina.core.StandardHost;
import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Paths Spring Security's firewall refuses (an encoded slash {@code %2F}, {@code ..}, {@code ;}, control characters)
 * answer 400 in the API's shape under {@code /api}. Tomcat itself would refuse an encoded slash with its own HTML
 * page before any of the application runs, so it passes such a path on unchanged and leaves the refusal to the
 * firewall, which rejects it just the same (no path is ever decoded into a different one). What Tomcat still
 * refuses itself (a NUL or a bad escape in the path) gets its error in the API's shape from {@link ApiErrorReportValve}.
 */
@Configuration
class RejectedPaths {

    private static final String API = "/api/";

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> encodedSlashesReachTheFirewall() {
        return factory -> {
            factory.addConnectorCustomizers(connector ->
                    connector.setEncodedSolidusHandling(EncodedSolidusHandling.PASS_THROUGH.getValue()));
            // The host is started after its context is prepared, so its error valve can still be chosen here.
            factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                    .setErrorReportValveClass(ApiErrorReportValve.class.getName()));
        };
    }

    @Bean
    RequestRejectedHandler requestRejectedHandler() {
        return RejectedPaths::reject;
    }

    private static void reject(HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(API)) {
            ApiErrors.write(response, HttpServletResponse.SC_BAD_REQUEST,
                    "path: not allowed here (an encoded slash, a dot segment, a semicolon or a control character)");
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }
}
