package app.kasus.base.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request whose Content-Type is empty, malformed or a wildcard ({@code application/*}) with 415: Spring MVC
 * cannot represent a wildcard content type and fails with an internal error before any handler sees the request.
 * Not a bean: the API's security chain places it after authentication, so an anonymous caller still gets 401.
 */
public class ContentTypeFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getHeader("Content-Type");
        // Present but empty counts as malformed: the import endpoints parse it and failed with an internal error.
        if (contentType != null && (contentType.isBlank() || !concrete(contentType))) {
            ApiErrors.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
                    "Content-Type: name one concrete type, e.g. application/json");
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean concrete(String contentType) {
        try {
            return MediaType.parseMediaType(contentType).isConcrete();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }
}
