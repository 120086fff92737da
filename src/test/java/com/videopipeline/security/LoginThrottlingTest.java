package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.MovableClock;
import com.videopipeline.security.WebSecurityProperties.Login;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The counting behind the console's brute-force protection, on a clock the test moves. */
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);
    private static final Duration LOCKOUT = Duration.ofMinutes(10);
    private static final String HOME = "10.0.0.1";
    private static final String AWAY = "192.0.2.7";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-01T09:00:00Z"));
    private final LoginThrottling throttling = new LoginThrottling(new Login(5, 20, WINDOW, LOCKOUT), clock);

    @Test
    void shouldLockANameOutAfterFiveFailuresFromAnyAddress() {
        fail("ops", HOME, 4);
        assertThat(throttling.refuses("ops", HOME)).as("4 failures: not yet").isFalse();

        throttling.failed("ops", HOME);

        assertThat(throttling.refuses("ops", HOME)).isTrue();
        assertThat(throttling.refuses("ops", AWAY)).as("the name is locked, wherever it comes from").isTrue();
        assertThat(throttling.refuses(" OPS ", AWAY)).as("as the login reads the name").isTrue();
        assertThat(throttling.refuses("watch", HOME)).as("the address is not locked").isFalse();
    }

    @Test
    void shouldCountOnlyTheFailuresInsideTheWindow() {
        fail("ops", HOME, 4);
        clock.advance(WINDOW);

        throttling.failed("ops", HOME);

        assertThat(throttling.refuses("ops", HOME)).as("the 4 older ones have left the window").isFalse();
        fail("ops", HOME, 3);
        assertThat(throttling.refuses("ops", HOME)).isFalse();
        throttling.failed("ops", HOME);
        assertThat(throttling.refuses("ops", HOME)).isTrue();
    }

    @Test
    void shouldLockAnAddressThatTriesManyNames() {
        for (int i = 0; i < 19; i++) {
            throttling.failed("guess-" + i, AWAY);
        }
        assertThat(throttling.refuses("ops", AWAY)).isFalse();

        throttling.failed("guess-19", AWAY);

        assertThat(throttling.refuses("ops", AWAY)).as("any name from that address").isTrue();
        assertThat(throttling.refuses("ops", HOME)).as("the same name from elsewhere").isFalse();
    }

    @Test
    void shouldClearANamesFailuresWhenItLogsIn() {
        fail("ops", HOME, 4);

        throttling.succeeded("ops");
        fail("ops", HOME, 4);

        assertThat(throttling.refuses("ops", HOME)).isFalse();
        throttling.failed("ops", HOME);
        assertThat(throttling.refuses("ops", HOME)).isTrue();
    }

    @Test
    void shouldLetANameInAgainWhenItsLockoutEnds() {
        fail("ops", HOME, 5);
        clock.advance(LOCKOUT.minusSeconds(1));
        assertThat(throttling.refuses("ops", HOME)).isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(throttling.refuses("ops", HOME)).isFalse();
        fail("ops", HOME, 4);
        assertThat(throttling.refuses("ops", HOME)).as("counting starts afresh").isFalse();
    }

    @Test
    void shouldLogEachLockoutOnceWithNameAndAddress(CapturedOutput output) {
        fail("ops", HOME, 5);
        fail("ops", HOME, 3);   // refused attempts that raced past the check: no new lockout
        for (int i = 0; i < 20; i++) {
            throttling.failed("spray-" + i, AWAY);
        }

        assertThat(output.getOut().lines().filter(l -> l.contains("Console logins as user 'ops' refused until"))
                .toList()).singleElement().satisfies(line -> assertThat(line).contains("WARN").contains(HOME)
                        .contains("5 failed logins"));
        assertThat(output.getOut()).containsOnlyOnce("Console logins from " + AWAY + " refused until")
                .contains("the last as user 'spray-19'");
    }

    @Test
    void shouldShowATypedNameOnOneShortLine(CapturedOutput output) {
        String forged = "ops\n2026-03-01 INFO forged line " + "x".repeat(500);

        fail(forged, HOME, 5);

        assertThat(throttling.refuses(forged, HOME)).isTrue();
        assertThat(output.getOut()).contains("user 'ops?2026-03-01 INFO forged line xxx")
                .doesNotContain("x".repeat(100));
    }

    @Test
    void shouldRememberNoMoreNamesAndAddressesThanTheCap() {
        LoginThrottling capped = new LoginThrottling(new Login(5, 20, WINDOW, LOCKOUT), clock, 100);
        for (int i = 0; i < 5_000; i++) {
            capped.failed("random-" + i, "198.51.100." + i);
        }
        assertThat(capped.tracked()).isEqualTo(200);

        fail(capped, "ops", HOME, 5);
        for (int i = 0; i < 99; i++) {
            capped.failed("other-" + i, AWAY);
        }

        assertThat(capped.refuses("ops", "203.0.113.9")).as("the newest keys stay").isTrue();
        assertThat(capped.tracked()).isLessThanOrEqualTo(200);
    }

    @Test
    void shouldForgetKeysWithNothingLeftToRememberBeforeRecentOnes() {
        LoginThrottling capped = new LoginThrottling(new Login(5, 20, WINDOW, LOCKOUT), clock, 100);
        fail(capped, "ops", HOME, 5);
        for (int i = 0; i < 99; i++) {
            capped.failed("old-" + i, "198.51.100." + i);
        }
        clock.advance(WINDOW.plusSeconds(1));
        capped.failed("recent", AWAY);
        capped.failed("recent", AWAY);

        assertThat(capped.tracked()).as("the stale ones went when the map was full").isEqualTo(2);
        fail(capped, "recent", AWAY, 3);
        assertThat(capped.refuses("recent", HOME)).isTrue();
    }

    private void fail(String user, String address, int times) {
        fail(throttling, user, address, times);
    }

    private static void fail(LoginThrottling throttling, String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttling.failed(user, address);
        }
    }
}
