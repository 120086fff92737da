package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.videopipeline.security.WebSecurityProperties.ConsoleUser;
import com.videopipeline.security.WebSecurityProperties.Login;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.util.unit.DataSize;

class WebSecurityPropertiesTest {

    private static final ConsoleUser NOBODY = new ConsoleUser(null, null);
    private static final Login LOGIN = new Login(5, 20, Duration.ofMinutes(15), Duration.ofMinutes(15));

    @Test
    void shouldNeverShowAPassword() {
        WebSecurityProperties properties = new WebSecurityProperties(
                new ConsoleUser("ops", "correct-horse-battery"), NOBODY, List.of(), DataSize.ofMegabytes(10), LOGIN);

        assertThat(properties.toString()).contains("user=ops").contains("password=(set)")
                .doesNotContain("correct-horse-battery");
        assertThat(NOBODY.toString()).contains("user=(none)");
    }

    @Test
    void shouldRefuseAUserWithoutPasswordAPasswordWithoutUserAndAShortPassword() {
        assertThatThrownBy(() -> new ConsoleUser("ops", " ")).hasMessageContaining("'ops' has no password")
                .hasMessageContaining("PIPELINE_ADMIN_PASSWORD");
        assertThatThrownBy(() -> new ConsoleUser("", "correct-horse-battery"))
                .hasMessageContaining("without its user");
        assertThatThrownBy(() -> new ConsoleUser("ops", "short-pass"))
                .hasMessageContaining("at least 12 characters").hasMessageNotContaining("short-pass");
    }

    @Test
    void shouldTakeAnEncodedPasswordAsItIs() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        String hash = encoder.encode("correct-horse-battery");

        ConsoleUser user = new ConsoleUser("ops", hash);
        var users = ConsoleUsers.of(
                new WebSecurityProperties(user, NOBODY, List.of(), DataSize.ofMegabytes(10), LOGIN), encoder);

        assertThat(hash).startsWith("{bcrypt}");
        assertThat(encoder.matches("correct-horse-battery", users.loadUserByUsername("ops").getPassword())).isTrue();
    }

    @Test
    void shouldKeepOnlyTheHashOfAPlainPasswordAndGrantEachUserItsRole() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var users = ConsoleUsers.of(new WebSecurityProperties(new ConsoleUser("ops", "correct-horse-battery"),
                new ConsoleUser("watch", "staple-battery-horse"), List.of(), DataSize.ofMegabytes(10), LOGIN),
                encoder);

        assertThat(users.loadUserByUsername("ops").getPassword()).startsWith("{bcrypt}")
                .doesNotContain("correct-horse-battery");
        assertThat(users.loadUserByUsername("ops").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_ADMIN");
        assertThat(users.loadUserByUsername("watch").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_VIEWER");
    }

    @Test
    void shouldRefuseTheSameNameForBothUsersWildcardOriginsAndATinyBodyLimit() {
        ConsoleUser ops = new ConsoleUser("ops", "correct-horse-battery");
        DataSize limit = DataSize.ofMegabytes(10);

        assertThatThrownBy(() -> new WebSecurityProperties(ops, ops, List.of(), limit, LOGIN))
                .hasMessageContaining("must differ");
        assertThatThrownBy(() -> new WebSecurityProperties(NOBODY, NOBODY, List.of("*"), limit, LOGIN))
                .hasMessageContaining("exact origins");
        assertThatThrownBy(() -> new WebSecurityProperties(NOBODY, NOBODY, List.of(), DataSize.ofBytes(100), LOGIN))
                .hasMessageContaining("max-request-body");
    }

    @Test
    void shouldRefuseLoginLimitsBelowOneAndDurationsThatAreNotPositive() {
        Duration minutes = Duration.ofMinutes(15);

        assertThatThrownBy(() -> new Login(0, 20, minutes, minutes)).hasMessageContaining("login.max-failures must");
        assertThatThrownBy(() -> new Login(5, 0, minutes, minutes))
                .hasMessageContaining("login.max-failures-per-address must");
        assertThatThrownBy(() -> new Login(5, 20, Duration.ZERO, minutes)).hasMessageContaining("login.window must");
        assertThatThrownBy(() -> new Login(5, 20, minutes, null)).hasMessageContaining("login.lockout must");
    }

    @Test
    void shouldLetNobodyInWhenNoUserIsConfigured() {
        var users = ConsoleUsers.of(new WebSecurityProperties(NOBODY, NOBODY, List.of(), DataSize.ofMegabytes(10),
                LOGIN), PasswordEncoderFactories.createDelegatingPasswordEncoder());

        assertThat(users.userExists("admin")).isFalse();
        assertThat(users.userExists("viewer")).isFalse();
    }
}
