package com.videopipeline.moderation;

import static com.videopipeline.moderation.ModerationFixtures.api;
import static com.videopipeline.moderation.ModerationFixtures.client;
import static com.videopipeline.moderation.ModerationFixtures.policy;
import static com.videopipeline.moderation.ModerationFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorProperties;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The chain: the local policy cleans and judges first and, when it refuses, the moderation API is not asked. */
class PromptModerationTest {

    private ProviderSimulator simulator;
    private PromptModeration moderation;

    @BeforeEach
    void start() {
        simulator = new ProviderSimulator(SimulatorProperties.defaults().withPort(0));
        simulator.start();
        moderation = new PromptModeration(policy(1000, List.of("beheading"), List.of(), List.of("Mickey Mouse")),
                client(api(simulator.openAiBaseUrl(), Map.of(), false, false)));
    }

    @AfterEach
    void stop() {
        simulator.stop();
    }

    @Test
    void shouldNotAskTheApiAboutAPromptThePolicyRefused() {
        PromptModeration.Outcome outcome = moderation.check(request("Mickey Mouse in a gory scene"));

        assertThat(outcome.refusal().category()).isEqualTo("policy/protected-name");
        assertThat(simulator.stats().openai().moderations()).isZero();
    }

    @Test
    void shouldAskTheApiAboutTheCleanedPromptOnceThePolicyPassedIt() {
        PromptModeration.Outcome outcome = moderation.check(request("a go\u0000ry battlefield"));

        assertThat(outcome.request().prompt()).isEqualTo("a gory battlefield");
        assertThat(outcome.refusal().reason()).isEqualTo("moderation/violence/graphic: 0.97 >= 0.50");
        assertThat(simulator.stats().openai().moderations()).isEqualTo(1);
    }

    @Test
    void shouldPassAnOrdinaryPromptThroughBothChecksUnchanged() {
        PromptModeration.Outcome outcome = moderation.check(request("a red kite over the dunes"));

        assertThat(outcome.refusal()).isNull();
        assertThat(outcome.request().prompt()).isEqualTo("a red kite over the dunes");
        assertThat(simulator.stats().openai().moderations()).isEqualTo(1);
    }
}
