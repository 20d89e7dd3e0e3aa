package app.kasus.base.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Refuses a write whose Accept header names nothing the answer can be (or cannot be read) with 406 before the
 * handler runs. Spring negotiates the answer's type only after the handler has returned, so such a write was
 * stored and then answered 406, and the caller believed it refused. Reads are left to Spring: they change nothing.
 */
@Configuration
class AcceptBeforeWrites implements HandlerInterceptor, WebMvcConfigurer {

    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).addPathPatterns("/api/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader("Accept");
        if (!(handler instanceof HandlerMethod method) || READS.contains(HttpMethod.valueOf(request.getMethod()))
                || accept == null || accept.isBlank() || answersNothing(method)) {
            return true;
        }
        List<MediaType> producible = new ArrayList<>(List.of(MediaType.APPLICATION_JSON));
        if (request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE) instanceof Collection<?> declared
                && !declared.isEmpty()) {
            producible.clear();
            declared.forEach(type -> producible.add((MediaType) type));
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
        boolean answerable = accepted.stream().anyMatch(type -> type.getQualityValue() > 0
                && producible.stream().anyMatch(type::isCompatibleWith));
        if (!answerable) {
            throw new HttpMediaTypeNotAcceptableException(producible);
        }
        return true;
    }

    /** {@code void} and {@code ResponseEntity<Void>}: no body, so no type to agree on. */
    private static boolean answersNothing(HandlerMethod method) {
        Class<?> type = method.getReturnType().getParameterType();
        if (type == void.class) {
            return true;
        }
        Type generic = method.getReturnType().getGenericParameterType();
        return ResponseEntity.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] == Void.class;
    }
}
