package com.videopipeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.PipelineTestSupport;
import com.videopipeline.TestSecrets;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Brute-force protection of the console's login over HTTP, on the default limits: five wrong passwords lock the name
 * out, the right one included, answered as any failed login; other users still log in; the lockout is logged once,
 * without a password. Every attempt comes from 127.0.0.1, so the tests here stay under the per-address limit (20).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottlingEndToEndTest {

    private static final String FAILED = "/login?error";

    @TempDir
    static Path root;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of(
                "pipeline.security.admin.user", "ops", "pipeline.security.admin.password", TestSecrets.ADMIN_PASSWORD,
                "pipeline.security.viewer.user", "watch",
                "pipeline.security.viewer.password", TestSecrets.VIEWER_PASSWORD,
                "pipeline.campaigns.enabled", "false"));
    }

    @Test
    void shouldRefuseTheRightPasswordAfterFiveWrongOnesButLetAnotherUserIn(CapturedOutput output) {
        ConsoleClient guesser = new ConsoleClient(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(guesser.login("ops", TestSecrets.GUESSED_PASSWORD))).endsWith(FAILED);
        }

        HttpResponse<String> right = guesser.login("ops", TestSecrets.ADMIN_PASSWORD);
        HttpResponse<String> elsewhere = new ConsoleClient(port).login("OPS", TestSecrets.ADMIN_PASSWORD);
        ConsoleClient viewer = new ConsoleClient(port);
        HttpResponse<String> other = viewer.login("watch", TestSecrets.VIEWER_PASSWORD);

        assertThat(location(right)).endsWith(FAILED);
        assertThat(guesser.get("/actuator/hawtio/").statusCode()).as("not logged in").isEqualTo(302);
        assertThat(location(elsewhere)).as("the name is locked, not the session").endsWith(FAILED);
        assertThat(location(other)).endsWith("/actuator/hawtio/");
        assertThat(viewer.get("/actuator/hawtio/").statusCode()).isEqualTo(200);
        assertThat(output.getAll().lines().filter(l -> l.contains("Console logins as user 'ops' refused")).toList())
                .as("logged once, with name and address").singleElement()
                .satisfies(line -> assertThat(line).contains("WARN").contains("127.0.0.1"));
        assertThat(output.getAll()).doesNotContain(TestSecrets.GUESSED_PASSWORD)
                .doesNotContain(TestSecrets.ADMIN_PASSWORD).doesNotContain(TestSecrets.VIEWER_PASSWORD);
    }

    @Test
    void shouldAnswerALockedOutUnknownNameExactlyAsAWrongPassword(CapturedOutput output) {
        ConsoleClient guesser = new ConsoleClient(port);
        HttpResponse<String> first = guesser.login("nobody-here", TestSecrets.GUESSED_PASSWORD);
        String wrongPasswordPage = errorPage(guesser);
        for (int i = 0; i < 4; i++) {
            guesser.login("nobody-here", TestSecrets.GUESSED_PASSWORD);
        }

        HttpResponse<String> locked = guesser.login("nobody-here", TestSecrets.GUESSED_PASSWORD);

        assertThat(locked.statusCode()).isEqualTo(first.statusCode()).isEqualTo(302);
        assertThat(location(locked)).isEqualTo(location(first)).endsWith(FAILED);
        assertThat(errorPage(guesser)).isEqualTo(wrongPasswordPage).contains("Invalid credentials");
        assertThat(output.getAll()).as("unknown names count as known ones")
                .containsOnlyOnce("Console logins as user 'nobody-here' refused");
    }

    /** The login page shown after a refusal, its per-request CSRF token blanked. */
    private static String errorPage(ConsoleClient client) {
        return client.get(FAILED).body().replaceAll("name=\"_csrf\"([^>]*)value=\"[^\"]*\"", "name=\"_csrf\"$1");
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none: " + response.statusCode() + ")");
    }
}
