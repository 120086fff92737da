package com.videopipeline.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Feeds {@link LoginThrottling} from Spring Security's authentication events: a wrong password or an unknown name
 * (both reported as bad credentials) counts against the name and the address, a login clears its name.
 */
final class LoginAttemptListener {

    private final LoginThrottling throttling;

    LoginAttemptListener(LoginThrottling throttling) {
        this.throttling = throttling;
    }

    @EventListener
    void onBadCredentials(AuthenticationFailureBadCredentialsEvent event) {
        Authentication attempt = event.getAuthentication();
        String address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttling.failed(attempt.getName(), address == null ? "(unknown)" : address);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        throttling.succeeded(event.getAuthentication().getName());
    }
}
