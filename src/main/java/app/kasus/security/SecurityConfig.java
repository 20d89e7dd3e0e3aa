package app.kasus.security;

import app.kasus.base.api.ApiErrors;
import app.kasus.security.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfig {

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
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
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"Kasus\"");
                    ApiErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "authentication required");
                }))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((request, response, e) -> ApiErrors.write(response,
                                HttpServletResponse.SC_UNAUTHORIZED, "authentication required"))
                        .accessDeniedHandler((request, response, e) -> ApiErrors.write(response,
                                HttpServletResponse.SC_FORBIDDEN, "forbidden")))
                .requestCache(cache -> cache.disable())
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .addFilterAfter(new AccountStateFilter(users), AuthorizationFilter.class)
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> basic(request) || bearer.exemptFromCsrf(request)));
        return http.build();
    }

    private static boolean basic(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    }

    @Bean
    @Order(2)
    SecurityFilterChain vaadinFilterChain(HttpSecurity http) throws Exception {
        // Our web components and the chart library are static files pages need, the login page included.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/components/**", "/webjars/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
