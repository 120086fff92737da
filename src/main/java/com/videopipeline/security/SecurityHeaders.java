package com.videopipeline.security;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The response headers beyond Spring Security's defaults (nosniff, frame DENY, no-store, HSTS over HTTPS): a content
 * security policy and a referrer policy. Hawtio's pages bring their own, stricter policy (script-src 'self'), which
 * Spring Security then leaves in place; the one here covers the login page and everything else.
 */
final class SecurityHeaders {

    /** JSON answers and webhooks: nothing to load, nothing to frame. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /** The login page and other HTML: own scripts only; inline styles for Spring Security's login page. */
    static final String CONSOLE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:;"
            + " object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> api() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(API_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
    }

    static Customizer<HeadersConfigurer<HttpSecurity>> console() {
        return headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONSOLE_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN));
    }
}
