package com.videopipeline.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.util.StringUtils;

/**
 * CSRF tokens for a single-page application such as Hawtio: its scripts copy the {@code XSRF-TOKEN} cookie into the
 * {@code X-XSRF-TOKEN} header as it is, while a token in a form field (the login page) comes masked, which guards it
 * against BREACH where it is rendered into a page.
 */
final class SpaCsrfTokenHandler implements CsrfTokenRequestHandler {

    private final CsrfTokenRequestHandler plain = new CsrfTokenRequestAttributeHandler();
    private final CsrfTokenRequestHandler masked = new XorCsrfTokenRequestAttributeHandler();

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> token) {
        masked.handle(request, response, token);
    }

    @Override
    public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken token) {
        boolean fromHeader = StringUtils.hasText(request.getHeader(token.getHeaderName()));
        return (fromHeader ? plain : masked).resolveCsrfTokenValue(request, token);
    }
}
