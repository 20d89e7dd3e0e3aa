package app.kasus.base.api;

import java.io.IOException;
import java.io.Writer;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.MediaType;

/**
 * Tomcat's own error page, for what it refuses before the application runs (a NUL or a malformed escape in the
 * path, a request line or header over its size limit): under {@code /api}, and where the path could not even be read,
 * the API's JSON error instead of Tomcat's HTML. Elsewhere Tomcat's page, without stack trace or server version.
 * Public with a no-argument constructor: Tomcat makes it from its class name.
 */
public class ApiErrorReportValve extends ErrorReportValve {

    public ApiErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getRequestURI();
        if (uri != null && !uri.isEmpty() && !uri.startsWith("/api/")) {
            super.report(request, response, throwable);
            return;
        }
        if (response.getStatus() < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        try {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"error\":\"" + (response.getStatus() == 400 ? "bad request: the path or a header is malformed"
                        : "request refused (" + response.getStatus() + ")") + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already written: nothing left to tell it.
        }
    }
}
