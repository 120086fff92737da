package com.videopipeline.security;

import com.videopipeline.security.ConsoleAccessPolicy.Access;
import java.util.List;
import javax.management.ObjectName;
import org.jolokia.server.core.service.api.Restrictor;
import org.jolokia.server.core.util.HttpMethod;
import org.jolokia.server.core.util.RequestType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Jolokia's gate for each single request of a (bulk) call, by the role of the user Spring Security logged in
 * (Jolokia runs on the request's thread, inside the console chain): see {@link ConsoleAccessPolicy}. Jolokia's own
 * CORS answer follows pipeline.security.allowed-origins, so it never opens what Spring Security keeps closed.
 */
final class ConsoleRestrictor implements Restrictor {

    private final ConsoleAccessPolicy policy = new ConsoleAccessPolicy();
    private final List<String> allowedOrigins;

    ConsoleRestrictor(List<String> allowedOrigins) {
        this.allowedOrigins = List.copyOf(allowedOrigins);
    }

    @Override
    public boolean isHttpMethodAllowed(HttpMethod method) {
        return true;
    }

    @Override
    public boolean isTypeAllowed(RequestType type) {
        return true;
    }

    @Override
    public boolean isAttributeReadAllowed(ObjectName name, String attribute) {
        return policy.mayRead(access(), name, attribute);
    }

    @Override
    public boolean isAttributeWriteAllowed(ObjectName name, String attribute) {
        return policy.mayWrite(access(), name);
    }

    @Override
    public boolean isOperationAllowed(ObjectName name, String operation) {
        return policy.mayInvoke(access(), name, operation);
    }

    /** Who may connect is settled by server.address and the login, not here. */
    @Override
    public boolean isRemoteAccessAllowed(String... hostOrAddress) {
        return true;
    }

    /** Strict origin checks are off (same-origin calls carry an Origin too); CORS headers only for listed origins. */
    @Override
    public boolean isOriginAllowed(String origin, boolean onlyWhenStrictCheckingIsEnabled) {
        return onlyWhenStrictCheckingIsEnabled || allowedOrigins.contains(origin);
    }

    @Override
    public boolean isObjectNameHidden(ObjectName name) {
        return policy.isHidden(name);
    }

    private static Access access() {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            return Access.NONE;
        }
        if (ConsoleRole.isAdmin(user.getAuthorities())) {
            return Access.ADMIN;
        }
        boolean viewer = user.getAuthorities().stream()
                .anyMatch(a -> ConsoleRole.VIEWER.authority().equals(a.getAuthority()));
        return viewer ? Access.VIEWER : Access.NONE;
    }
}
