package com.videopipeline.security;

import io.hawt.web.auth.RolePrincipal;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.security.auth.Subject;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Adds the logged-in user's console roles to the JAAS subject Hawtio authorises, as Hawtio's role principals
 * ({@code admin}, {@code viewer}). Created by JAAS by class name ({@link HawtioLoginBridge}), hence public.
 */
public final class SpringRolesLoginModule implements LoginModule {

    private Subject subject;
    private final List<Principal> added = new ArrayList<>();

    @Override
    public void initialize(Subject subject, CallbackHandler handler, Map<String, ?> sharedState,
                           Map<String, ?> options) {
        this.subject = subject;
    }

    @Override
    public boolean login() throws LoginException {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        if (user == null || !user.isAuthenticated()) {
            throw new LoginException("nobody is logged in");
        }
        Arrays.stream(ConsoleRole.values())
                .filter(role -> user.getAuthorities().stream().anyMatch(a -> role.authority().equals(a.getAuthority())))
                .forEach(role -> added.add(new RolePrincipal(role.hawtioName())));
        if (added.isEmpty()) {
            throw new LoginException("the logged-in user has no console role");
        }
        return true;
    }

    @Override
    public boolean commit() {
        subject.getPrincipals().addAll(added);
        return true;
    }

    @Override
    public boolean abort() {
        added.clear();
        return true;
    }

    @Override
    public boolean logout() {
        subject.getPrincipals().removeAll(added);
        added.clear();
        return true;
    }
}
