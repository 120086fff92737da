package com.videopipeline.moderation;

import static com.videopipeline.moderation.ModerationFixtures.api;
import static com.videopipeline.moderation.ModerationFixtures.client;
import static com.videopipeline.moderation.ModerationFixtures.localImage;
import static com.videopipeline.moderation.ModerationFixtures.remoteImage;
import static com.videopipeline.moderation.ModerationFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorModeration;
import com.videopipeline.simulator.SimulatorProperties;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The moderation API link against the simulator over real HTTP: our thresholds decide, per category or by default;
 * the API's own flag only when configured; the input image goes along only when enabled; an API that cannot answer
 * refuses the prompt (fail closed) after a bounded number of attempts.
 */
class ModerationApiTest {

    private ProviderSimulator simulator;

    @BeforeEach
    void start() {
        simulator = new ProviderSimulator(SimulatorProperties.defaults().withPort(0).withModeration(
                new SimulatorModeration(List.of(
                        new SimulatorModeration.Rule("(?i)\\bgore\\b", "violence/graphic", 0.97, null),
                        new SimulatorModeration.Rule("(?i)\\bblood\\b", "violence", 0.81, null),
                        new SimulatorModeration.Rule("(?i)\\bmeanie\\b", "harassment", 0.45, null),
                        new SimulatorModeration.Rule("(?i)\\bgore\\b", "violence/graphic", 0.95, "image")), 0.4)));
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void shouldRefuseACategoryWhoseScoreReachesTheThresholdNamingCategoryAndScore() {
        Optional<Refusal> refusal = client(api(base(), Map.of(), false, false)).check(request("a gore scene"));

        assertThat(refusal).map(Refusal::reason).hasValue("moderation/violence/graphic: 0.97 >= 0.50");
        assertThat(simulator.stats().openai().moderations()).isEqualTo(1);
    }

    @Test
    void shouldPassAPromptWhoseScoresStayBelowTheirThresholds() {
        assertThat(client(api(base(), Map.of(), false, false)).check(request("a red kite over the dunes"))).isEmpty();
        assertThat(simulator.stats().openai().moderations()).isEqualTo(1);
    }

    @Test
    void shouldLetACategorysOwnThresholdOverrideTheDefault() {
        ModerationApi lenient = client(api(base(), Map.of("violence", 0.9), false, false));
        ModerationApi strict = client(api(base(), Map.of("harassment", 0.4), false, false));

        assertThat(lenient.check(request("a drop of blood on snow"))).isEmpty();
        assertThat(strict.check(request("you meanie"))).map(Refusal::reason)
                .hasValue("moderation/harassment: 0.45 >= 0.40");
    }

    @Test
    void shouldRefuseWhatTheApiFlagsBelowOurThresholdOnlyWhenConfiguredSo() {
        assertThat(client(api(base(), Map.of(), false, false)).check(request("you meanie"))).isEmpty();

        Optional<Refusal> flagged = client(api(base(), Map.of(), false, true)).check(request("you meanie"));

        assertThat(flagged).map(Refusal::reason).hasValue("moderation/harassment: flagged by the moderation API "
                + "(0.45, under our threshold 0.50)");
    }

    @Test
    void shouldSendALocalInputImageAsADataUrlOnlyWhenImagesAreIncluded() {
        client(api(base(), Map.of(), false, false)).check(request("a bottle", null, localImage()));
        assertThat(simulator.stats().openai().moderationImages()).isZero();

        Optional<Refusal> refusal = client(api(base(), Map.of(), true, false))
                .check(request("a bottle", null, localImage()));

        assertThat(refusal).isEmpty();
        assertThat(simulator.stats().openai().moderationImages()).isEqualTo(1);
        assertThat(simulator.stats().openai().rejected()).as("the data URL was accepted").isZero();
    }

    @Test
    void shouldRefuseARequestWhoseRemoteImageTheApiScoresOverTheThreshold() {
        Optional<Refusal> refusal = client(api(base(), Map.of(), true, false))
                .check(request("a quiet street", null, remoteImage("https://images.example/gore.jpg")));

        assertThat(refusal).map(Refusal::category).hasValue("moderation/violence/graphic");
    }

    @Test
    void shouldRefuseWhenTheApiCannotBeReachedAfterItsAttempts() throws IOException {
        Optional<Refusal> refusal = client(api("http://127.0.0.1:" + closedPort() + "/v1", Map.of(), false, false))
                .check(request("a red kite"));

        assertThat(refusal).map(Refusal::category).hasValue("moderation/unavailable");
        assertThat(refusal.orElseThrow().reason()).contains("could not connect").contains("(3 attempts)")
                .endsWith("not submitted unchecked");
    }

    @Test
    void shouldTryAFailingApiAgainABoundedNumberOfTimesThenRefuse() {
        Optional<Refusal> refusal = client(api(base(), Map.of(), false, false))
                .check(request("a red kite [sim:moderation=503]"));

        assertThat(refusal.orElseThrow().reason()).startsWith("moderation/unavailable: the moderation API answered 503")
                .contains("(3 attempts)");
        assertThat(simulator.stats().openai().moderations()).isEqualTo(3);
    }

    @Test
    void shouldRefuseAtOnceWhenTheApiRefusesTheKey() {
        ModerationApiProperties wrongKey = new ModerationApiProperties(true, URI.create(base()),
                "omni-moderation-latest", "MODERATION_TEST_KEY", "not-an-openai-key", false,
                DataSize.ofMegabytes(1), 0.5, Map.of(), false,
                Duration.ofSeconds(5), 3, Duration.ofMillis(10), Duration.ZERO, Duration.ZERO);

        Optional<Refusal> refusal = client(wrongKey).check(request("a red kite"));

        assertThat(refusal.orElseThrow().reason()).contains("answered 401").doesNotContain("attempts")
                .doesNotContain("not-an-openai-key");
    }

    @Test
    void shouldNeverUseTheLoopbackKeyForARealHost() {
        Optional<Refusal> refusal = client(api("https://api.openai.example/v1", Map.of(), false, false))
                .check(request("a red kite"));

        assertThat(refusal.orElseThrow().reason())
                .isEqualTo("moderation/unavailable: no API key for api.openai.example: set MODERATION_TEST_KEY; "
                        + "not submitted unchecked");
    }

    private String base() {
        return simulator.openAiBaseUrl();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
