package com.videopipeline.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every path under {@code /api} (operations and the OpenAPI document) and the actuator before Camel or Spring
 * sees the request, so no route can forget the check; the actuator's health stays open for load balancers. Refusals
 * are logged with the caller's address, never with what it sent as a key.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final String HEALTH = "/actuator/health";

    private final ApiAccess access;
    private final String header;

    ApiKeyFilter(ApiAccess access, String header) {
        this.access = access;
        this.header = header;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiAccess.Verdict verdict = access.check(request.getHeader(header), remote(request));
        switch (verdict) {
            case ALLOWED -> chain.doFilter(request, response);
            case NO_KEY -> refuse(response, 401, "this server needs the " + header + " header");
            case WRONG_KEY -> refuse(response, 401, "the " + header + " header does not hold the API key");
            case NOT_LOOPBACK -> refuse(response, 403,
                    "no API key is configured, so this server answers callers on this machine only");
        }
        if (verdict != ApiAccess.Verdict.ALLOWED) {
            LOG.warn("API request {} {} from {} refused: {}", request.getMethod(), request.getRequestURI(),
                    request.getRemoteAddr(), verdict);
        }
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        if (status == 401) {
            response.setHeader("WWW-Authenticate", "ApiKey header=\"" + header + "\"");
        }
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"error\":\"" + message + "\"}");
    }

    /** The servlet container gives a literal address, so no name lookup happens here. */
    private static InetAddress remote(HttpServletRequest request) {
        try {
            return InetAddress.getByName(request.getRemoteAddr());
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
