package app.kasus.base.api;

import io.swagger.v3.oas.annotations.Hidden;
import app.kasus.base.api.docs.ApiDocs;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Without this, a request under {@code /api} that no controller maps falls through to the Vaadin servlet, which
 * answers 200 with the application's HTML page. As the least specific mapping it only gets what nothing else
 * maps, including a known path with another method: that one is answered 405 as Spring would have. Swagger UI's
 * files under {@link ApiDocs#UI_FILES} are static resources, whose handlers Spring asks only after this mapping;
 * they are handed on to them, so a missing file still answers 404 in the API's shape.
 */
@Hidden
@RestController
class UnknownApiPaths {

    private final RequestMappingHandlerMapping mappings;
    private final HandlerMapping resources;

    UnknownApiPaths(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
                    @Qualifier("resourceHandlerMapping") HandlerMapping resources) {
        this.mappings = mappings;
        this.resources = resources;
    }

    @RequestMapping("/api/**")
    void unknown(HttpServletRequest request, HttpServletResponse response) throws Exception {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith(ApiDocs.UI_FILES) && serveFile(request, response)) {
            return;
        }
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

    private boolean serveFile(HttpServletRequest request, HttpServletResponse response) throws Exception {
        HandlerExecutionChain chain = resources.getHandler(request);
        if (chain == null || !(chain.getHandler() instanceof HttpRequestHandler files)) {
            return false;
        }
        // The interceptors tell the handler which part of the path names the file.
        for (HandlerInterceptor interceptor : chain.getInterceptorList()) {
            if (!interceptor.preHandle(request, response, files)) {
                return true;
            }
        }
        files.handleRequest(request, response);
        return true;
    }
}
