package com.videopipeline.api;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Guards every path under {@code /api} (operations and the OpenAPI document) and the actuator before Camel or Spring
 * sees the request, so no route can forget the check; the actuator's health stays open for load balancers (with the
 * key, its details show). Refusals
 * are logged with the caller's address, never with what it sent as a key. It runs inside Spring Security's API chain
 * (com.videopipeline.security), which it tells of an admitted caller as the authority {@value #AUTHORITY}.
 */
final class ApiKeyFilter extends OncePerRequestFilter {

    /** What an admitted caller is granted: the API and the actuator, nothing of the operations console. */
    static final String AUTHORITY = "ROLE_API";

    private static final Logger LOG = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final String HEALTH = "/actuator/health";
    private static final SecurityContextRepository REQUEST_SCOPE = new RequestAttributeSecurityContextRepository();

    private final ApiAccess access;
    private final String header;

    ApiKeyFilter(ApiAccess access, String header) {
        this.access = access;
        this.header = header;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ApiAccess.Verdict verdict = access.check(request.getHeader(header), remote(request));
        if (isHealth(request)) {
            // open to load balancers either way; a caller with the key is known, so it sees the details (reasons)
            if (verdict == ApiAccess.Verdict.ALLOWED) {
                admitted(request, response, chain);
            } else {
                chain.doFilter(request, response);
            }
            return;
        }
        switch (verdict) {
            case ALLOWED -> admitted(request, response, chain);
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

    /**
     * The caller is authenticated for this request only: the API is stateless, no session remembers it. The request
     * keeps it as an attribute for its asynchronous dispatch (Camel's platform-http answers asynchronously), where
     * this filter does not run again.
     */
    private static void admitted(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext admitted = SecurityContextHolder.createEmptyContext();
        admitted.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "api-client", null, List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(admitted);
        REQUEST_SCOPE.saveContext(admitted, request, response);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.setContext(before);
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

    private static boolean isHealth(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals(HEALTH) || path.startsWith(HEALTH + "/");
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
