package app.kasus.base.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Without this, a request under {@code /api} that no controller maps falls through to the Vaadin servlet, which
 * answers 200 with the application's HTML page. As the least specific mapping it only gets what nothing else
 * maps, including a known path with another method: that one is answered 405 as Spring would have.
 */
@RestController
class UnknownApiPaths {

    private final RequestMappingHandlerMapping mappings;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
        this.mappings = mappings;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        PathContainer container = PathContainer.parsePath(path);
        Set<String> methods = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null || info.getMethodsCondition().getMethods().isEmpty()) {
                continue;
            }
            for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                if (pattern.matches(container)) {
                    info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).forEach(methods::add);
                }
            }
        }
        if (!methods.isEmpty()) {
            throw new HttpRequestMethodNotSupportedException(request.getMethod(), methods);
        }
        throw new NoResourceFoundException(org.springframework.http.HttpMethod.valueOf(request.getMethod()), path);
    }
}
