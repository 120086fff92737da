package com.videopipeline.security;

import static org.springframework.security.config.Customizer.withDefaults;

import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.jolokia.server.core.service.api.Restrictor;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Who may reach what, in three chains. Webhooks: anyone, since each delivery is signature-verified by its route. The
 * REST API and the actuator (but for the console): the API key (api/ApiKeyFilter), stateless, health open to all.
 * Everything else, the operations console first: a logged-in admin or viewer (form login, session, CSRF tokens;
 * repeated failed logins lock the name or address out, see LoginThrottling).
 * Cross-origin browser calls only from pipeline.security.allowed-origins (none by default).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class WebSecurityConfiguration {

    static final String CONSOLE = "/actuator/hawtio";
    static final String JOLOKIA = "/actuator/jolokia";
    static final String LOGIN = "/login";
    /** Where a refused login goes, whether its password was wrong or its name or address is locked out. */
    static final String LOGIN_FAILED = LOGIN + "?error";
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    @Bean
    @Order(1)
    SecurityFilterChain webhookChain(HttpSecurity http) throws Exception {
        http.securityMatcher(PATHS.matcher("/webhooks/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        return stateless(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http, @Qualifier("apiKeyFilter") FilterRegistrationBean<?> apiKeyFilter)
            throws Exception {
        http.securityMatcher(apiAndActuator())
                .addFilterBefore(apiKeyFilter.getFilter(), AuthorizationFilter.class)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PATHS.matcher("/actuator/health/**")).permitAll()
                        .anyRequest().hasRole("API"))   // granted by api/ApiKeyFilter to an admitted caller
                .exceptionHandling(errors -> errors.authenticationEntryPoint(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)));
        return stateless(http).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain consoleChain(HttpSecurity http, LoginThrottling throttling) throws Exception {
        CookieCsrfTokenRepository tokens = CookieCsrfTokenRepository.withHttpOnlyFalse();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Strict"));
        http.authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers(console())
                        .hasAnyRole(ConsoleRole.ADMIN.name(), ConsoleRole.VIEWER.name())
                        .anyRequest().authenticated())
                .formLogin(login -> login.defaultSuccessUrl(CONSOLE + "/", false).failureUrl(LOGIN_FAILED)
                        .permitAll())
                .addFilterBefore(new LoginThrottlingFilter(throttling, PATHS.matcher(HttpMethod.POST, LOGIN),
                        LOGIN_FAILED), UsernamePasswordAuthenticationFilter.class)
                .logout(withDefaults())
                // pages send the browser to the login page (form login's entry point); Jolokia, called by
                // scripts, answers 401
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), jolokia()))
                .csrf(csrf -> csrf.csrfTokenRepository(tokens).csrfTokenRequestHandler(new SpaCsrfTokenHandler()))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .cors(withDefaults())
                .headers(SecurityHeaders.console());
        return http.build();
    }

    @Bean
    UserDetailsService consoleUsers(WebSecurityProperties properties) {
        return ConsoleUsers.of(properties, PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    @Bean
    LoginThrottling loginThrottling(WebSecurityProperties properties, Clock clock) {
        return new LoginThrottling(properties.login(), clock);
    }

    @Bean
    LoginAttemptListener loginAttemptListener(LoginThrottling throttling) {
        return new LoginAttemptListener(throttling);
    }

    /** Found by Jolokia's servlet as a bean: every console request to Jolokia passes it. */
    @Bean
    Restrictor consoleRestrictor(WebSecurityProperties properties) {
        return new ConsoleRestrictor(properties.allowedOrigins());
    }

    /** An empty origin list still registers a policy, so a cross-origin request is refused, not merely unanswered. */
    @Bean
    CorsConfigurationSource corsConfigurationSource(WebSecurityProperties properties) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "DELETE"));
        cors.setAllowedHeaders(List.of("*"));
        cors.setExposedHeaders(List.of("Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    /** The machine-facing chains: no session or saved request, no CSRF (no cookie to ride on), API headers. */
    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .cors(withDefaults())
                .headers(SecurityHeaders.api());
    }

    /** The console: Hawtio and Jolokia. */
    private static RequestMatcher console() {
        return new OrRequestMatcher(PATHS.matcher(CONSOLE + "/**"), PATHS.matcher(JOLOKIA + "/**"));
    }

    /** Jolokia, directly or through Hawtio's forwarding path. */
    static RequestMatcher jolokia() {
        return new OrRequestMatcher(PATHS.matcher(JOLOKIA + "/**"), PATHS.matcher(CONSOLE + "/jolokia/**"));
    }

    /** The API and the actuator, but not the console, which shares the actuator's base path. */
    private static RequestMatcher apiAndActuator() {
        return new AndRequestMatcher(new OrRequestMatcher(PATHS.matcher("/api/**"), PATHS.matcher("/actuator/**")),
                new NegatedRequestMatcher(console()));
    }
}
