package com.videopipeline.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Who may log in to the operations console and which other sites' pages may call this server
 * ({@code pipeline.security.*}). Users and passwords come from the environment only; {@link #toString()} never shows a
 * password.
 *
 * @param admin          the console user who may also change things (operations, attribute writes)
 * @param viewer         the console user who may only look
 * @param allowedOrigins origins (scheme://host:port) whose pages may call the API and the console from a browser;
 *                       empty: none, every cross-origin request is refused
 * @param maxRequestBody the largest request body the server reads (API, webhooks, console); larger: 413
 * @param login          brute-force protection of the console's login
 */
@Validated
@ConfigurationProperties("pipeline.security")
record WebSecurityProperties(
        @DefaultValue @Valid @NotNull ConsoleUser admin,
        @DefaultValue @Valid @NotNull ConsoleUser viewer,
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue("10MB") @NotNull DataSize maxRequestBody,
        @DefaultValue @Valid @NotNull Login login) {

    /** Short passwords are a mistake to refuse at start, not to run with. */
    static final int MIN_PASSWORD_LENGTH = 12;

    WebSecurityProperties {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (maxRequestBody.toBytes() < 1024) {
            throw new IllegalArgumentException("pipeline.security.max-request-body must be at least 1KB, not "
                    + maxRequestBody);
        }
        if (admin.isSet() && viewer.isSet() && admin.user().equals(viewer.user())) {
            throw new IllegalArgumentException("pipeline.security.admin.user and pipeline.security.viewer.user must"
                    + " differ (PIPELINE_ADMIN_USER, PIPELINE_VIEWER_USER)");
        }
        for (String origin : allowedOrigins) {
            if (origin.isBlank() || origin.contains("*")) {
                throw new IllegalArgumentException("pipeline.security.allowed-origins takes exact origins such as"
                        + " https://ops.example.com, not '" + origin + "'");
            }
        }
    }

    /**
     * How many failed console logins lock a user name (or a remote address, against guesses spread over many names)
     * out, and for how long. A locked-out name or address is refused without its password being checked.
     *
     * @param maxFailures            failed logins for one user name within the window that lock it out
     * @param maxFailuresPerAddress  failed logins from one remote address, for any names, that lock it out
     * @param window                 how far back failures count
     * @param lockout                how long a locked-out name or address is refused
     */
    record Login(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("20") int maxFailuresPerAddress,
            @DefaultValue("15m") Duration window,
            @DefaultValue("15m") Duration lockout) {

        Login {
            atLeastOne("max-failures", maxFailures);
            atLeastOne("max-failures-per-address", maxFailuresPerAddress);
            positive("window", window);
            positive("lockout", lockout);
        }

        private static void atLeastOne(String name, int value) {
            if (value < 1) {
                throw new IllegalArgumentException("pipeline.security.login." + name + " must be at least 1, not "
                        + value);
            }
        }

        private static void positive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException("pipeline.security.login." + name + " must be a positive duration"
                        + " such as 15m, not " + value);
            }
        }
    }

    /**
     * One console login. Both blank: no such user. A password already encoded for Spring Security
     * ({@code {bcrypt}$2a$...}) is taken as it is; a plain one is encoded at start and not kept.
     *
     * @param user     the login name
     * @param password the password, from the environment only
     */
    record ConsoleUser(String user, String password) {

        ConsoleUser {
            user = user == null || user.isBlank() ? null : user.strip();
            password = password == null || password.isBlank() ? null : password;
            if (user != null && password == null) {
                throw new IllegalArgumentException("console user '" + user + "' has no password: set it in the"
                        + " environment (PIPELINE_ADMIN_PASSWORD / PIPELINE_VIEWER_PASSWORD)");
            }
            if (user == null && password != null) {
                throw new IllegalArgumentException("a console password is set without its user: set"
                        + " PIPELINE_ADMIN_USER / PIPELINE_VIEWER_USER too");
            }
            if (password != null && !isEncoded(password) && password.length() < MIN_PASSWORD_LENGTH) {
                throw new IllegalArgumentException("the password of console user '" + user + "' must be at least "
                        + MIN_PASSWORD_LENGTH + " characters long");
            }
        }

        boolean isSet() {
            return user != null;
        }

        /** Spring Security's {id}encoded form, e.g. {bcrypt}$2a$10$... */
        static boolean isEncoded(String password) {
            return password.matches("^\\{[a-z0-9]+}.+");
        }

        @Override
        public String toString() {
            return "ConsoleUser[user=" + (user == null ? "(none)" : user) + ", password="
                    + (password == null ? "(none)" : "(set)") + "]";
        }
    }
}
