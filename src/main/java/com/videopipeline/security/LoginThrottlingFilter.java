package com.videopipeline.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.SpringSecurityMessageSource;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a login for a locked-out name or from a locked-out address before any password is checked (placed before
 * Spring Security's {@link UsernamePasswordAuthenticationFilter}), answered exactly as a wrong password is, so a
 * refusal says nothing about the user or the lockout.
 */
final class LoginThrottlingFilter extends OncePerRequestFilter {

    private final LoginThrottling throttling;
    private final RequestMatcher login;
    private final AuthenticationFailureHandler refusal;

    LoginThrottlingFilter(LoginThrottling throttling, RequestMatcher login, String failureUrl) {
        this.throttling = throttling;
        this.login = login;
        this.refusal = new SimpleUrlAuthenticationFailureHandler(failureUrl);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (login.matches(request) && throttling.refuses(request.getParameter(
                UsernamePasswordAuthenticationFilter.SPRING_SECURITY_FORM_USERNAME_KEY), request.getRemoteAddr())) {
            refusal.onAuthenticationFailure(request, response, new BadCredentialsException(
                    SpringSecurityMessageSource.getAccessor().getMessage(
                            "AbstractUserDetailsAuthenticationProvider.badCredentials", "Bad credentials")));
            return;
        }
        chain.doFilter(request, response);
    }
}
