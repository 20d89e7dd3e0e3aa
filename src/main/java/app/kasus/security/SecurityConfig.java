package app.kasus.security;

import app.kasus.base.api.ApiErrors;
import app.kasus.base.api.ContentTypeFilter;
import app.kasus.base.api.docs.ApiDocs;
import app.kasus.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpMethod;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    /**
     * BCrypt's work factor (log2 of its rounds; 10 unless the deployer sets another) is the deployer's: each step up
     * doubles what a sign-in, an HTTP Basic request and a guess at a leaked hash cost. Stored hashes carry their own
     * factor, so a change applies to passwords set afterwards and every stored one still signs in.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${kasus.password.bcrypt-strength}") int strength) {
        if (strength < 4 || strength > 31) {
            throw new IllegalStateException("kasus.password.bcrypt-strength must be between 4 and 31 (BCrypt's cost), not "
                    + strength);
        }
        return new BCryptPasswordEncoder(strength);
    }

    /** Ends revoked sessions before Spring Security reads them, so the request is already anonymous. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> revokedSessionFilter(UserSessions sessions) {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(sessions.filter());
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /**
     * The JSON API: a Bearer token or HTTP Basic for scripts, or the browser's session. CSRF protection stays on
     * for session callers. A request whose own Authorization header authenticates it cannot be forged by another
     * site, so it is exempt: Basic (a wrong password is refused, never passed on to the session) and a valid Bearer
     * token. Any other header leaves the check on, so a cookie is never excused by a bogus header (see
     * {@link BearerTokenFilter#exemptFromCsrf}); an invalid token is refused either way, never passed to the session.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http, UserAccountRepository users, ApiTokenService tokens)
            throws Exception {
        BearerTokenFilter bearer = new BearerTokenFilter(tokens);
        securityHeaders(http, SecurityConfig::swaggerUi);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(
                        (request, response, e) -> ApiErrors.unauthorized(response, "authentication required")))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint(signInToReadDocs())
                        .accessDeniedHandler(SecurityConfig::denied))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStateFilter(users), AuthorizationFilter.class)
                .addFilterAfter(new ContentTypeFilter(), AccountStateFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> basic(request) || bearer.exemptFromCsrf(request)));
        return http.build();
    }

    /**
     * The CSRF check runs before any credentials are read, so a write with neither a session nor credentials is
     * refused by it: that caller is told to authenticate (401), not that its request was forged (403).
     */
    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        boolean anonymous = auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated();
        if (e instanceof CsrfException && anonymous) {
            ApiErrors.unauthorized(response, "authentication required");
        } else {
            ApiErrors.write(response, HttpServletResponse.SC_FORBIDDEN, e instanceof CsrfException
                    ? "forbidden: missing or invalid CSRF token" : "forbidden");
        }
    }

    /**
     * A browser opening the API's documentation unsigned is sent to the sign-in page and comes back after it; every
     * other anonymous request, the documentation fetched by a script included, gets 401.
     */
    private static AuthenticationEntryPoint signInToReadDocs() {
        HttpSessionRequestCache returnAfterSignIn = new HttpSessionRequestCache();
        return (request, response, e) -> {
            if (HttpMethod.GET.matches(request.getMethod()) && pathOf(request).startsWith(ApiDocs.PATH)
                    && acceptsHtml(request)) {
                returnAfterSignIn.saveRequest(request, response);
                response.sendRedirect(request.getContextPath() + "/login");
            } else {
                ApiErrors.unauthorized(response, "authentication required");
            }
        };
    }

    private static boolean acceptsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        try {
            return accept != null && MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(type -> type.getSubtype().equals("html") && type.getType().equals("text"));
        } catch (org.springframework.http.InvalidMediaTypeException ignored) {
            return false;
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static boolean swaggerUi(HttpServletRequest request) {
        return pathOf(request).startsWith(ApiDocs.UI_FILES);
    }

    private static boolean basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    /**
     * What a browser may load and send. Scripts: the application's own files, and the inline scripts of Vaadin's
     * bootstrap page, which carry the response's nonce ({@link ScriptNonce}, {@code security.ui.ScriptNonces}); an
     * inline script injected into a page has none and does not run. {@code 'unsafe-eval'} stays because Vaadin Flow's
     * client runs the JavaScript the server sends ({@code executeJs}, property bindings) through {@code new Function}.
     * Lumo sets inline styles; everything else is same-origin only, push included ({@code 'self'} covers the same
     * origin's WebSocket). No frames, plugins or foreign bases. {@value #NONCE} stands for the nonce.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String NONCE = "{nonce}";
    /**
     * Swagger UI loads only its own files and needs neither inline scripts nor eval, so its pages get the policy
     * without them; it sets inline styles and draws icons as data: images.
     */
    static final String SWAGGER_UI_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static void securityHeaders(HttpSecurity http) throws Exception {
        securityHeaders(http, request -> false);
    }

    /** {@code strict}: the requests that get {@link #SWAGGER_UI_POLICY} instead of the application's policy. */
    private static void securityHeaders(HttpSecurity http, RequestMatcher strict) throws Exception {
        // Spring Security's defaults stay (nosniff, frame options, no-cache for dynamic pages); these are added.
        http.headers(headers -> headers
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(strict),
                        (request, response) -> response.setHeader("Content-Security-Policy",
                                CONTENT_SECURITY_POLICY.replace(NONCE, ScriptNonce.of(request)))))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(strict,
                        new ContentSecurityPolicyHeaderWriter(SWAGGER_UI_POLICY)))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY)));
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        securityHeaders(http);
        // Our web components and the chart library are static files pages need, the login page included.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/components/**", "/webjars/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
