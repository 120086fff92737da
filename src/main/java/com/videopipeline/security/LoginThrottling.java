package com.videopipeline.security;

import com.videopipeline.security.WebSecurityProperties.Login;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brute-force protection of the console's login: failed logins are counted per user name and per remote address
 * ({@code pipeline.security.login.*}); past the limit that name, or everything from that address, is refused for the
 * lockout without its password being checked. Unknown names count like known ones. In memory, and bounded, so a flood
 * of made-up names cannot fill the heap.
 */
final class LoginThrottling {

    /** The most user names, and the most addresses, remembered at once. */
    static final int MAX_TRACKED = 10_000;
    /** Names are counted by their start: nobody's name is this long, and a name of megabytes must not be kept. */
    private static final int MAX_KEY_LENGTH = 256;
    private static final int MAX_SHOWN_LENGTH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottling.class);

    private final Login settings;
    private final Clock clock;
    private final FailureCounts names;
    private final FailureCounts addresses;

    LoginThrottling(Login settings, Clock clock) {
        this(settings, clock, MAX_TRACKED);
    }

    LoginThrottling(Login settings, Clock clock, int maxTracked) {
        this.settings = settings;
        this.clock = clock;
        this.names = new FailureCounts(settings.maxFailures(), settings.window(), settings.lockout(), maxTracked);
        this.addresses = new FailureCounts(settings.maxFailuresPerAddress(), settings.window(), settings.lockout(),
                maxTracked);
    }

    /** Whether a login as this user from this address is refused now, whatever its password. */
    boolean refuses(String user, String address) {
        Instant now = clock.instant();
        return names.isLocked(key(user), now) || addresses.isLocked(key(address), now);
    }

    /** Counts a failed login; the one that starts a lockout is logged, with the name and the address. */
    void failed(String user, String address) {
        Instant now = clock.instant();
        if (names.fail(key(user), now)) {
            LOG.warn("Console logins as user '{}' refused until {}: {} failed logins within {}, the last from {}",
                    shown(user), now.plus(settings.lockout()), settings.maxFailures(), settings.window(),
                    shown(address));
        }
        if (addresses.fail(key(address), now)) {
            LOG.warn("Console logins from {} refused until {}: {} failed logins within {}, the last as user '{}'",
                    shown(address), now.plus(settings.lockout()), settings.maxFailuresPerAddress(),
                    settings.window(), shown(user));
        }
    }

    /** A successful login clears its name's failures (not its address's: one good account must not hide guesses). */
    void succeeded(String user) {
        names.reset(key(user));
    }

    /** User names and addresses remembered. */
    int tracked() {
        return names.size() + addresses.size();
    }

    /** As Spring Security's login sees a name: stripped, and case-blind as the console's user store. */
    private static String key(String value) {
        String key = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return key.length() > MAX_KEY_LENGTH ? key.substring(0, MAX_KEY_LENGTH) : key;
    }

    /** A name as the log may show it: typed by anyone, so one line, and short. */
    private static String shown(String value) {
        String line = String.valueOf(value).replaceAll("\\p{Cntrl}", "?");
        return line.length() > MAX_SHOWN_LENGTH ? line.substring(0, MAX_SHOWN_LENGTH) + "..." : line;
    }
}
