package com.videopipeline.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Seeded fault decisions: the same seed and settings give the same faults, so a failing run can be replayed. */
class FaultSeedTest {

    private static final String HALF_SERVER_ERRORS = "\"openai\":{\"http\":{\"server-error\":0.5}}";
    private static final int POLLS = 24;

    @Test
    void shouldRepeatTheSameCallFaultsForTheSameSeed() {
        List<Integer> first = withSimulator(sim -> statusCodes(sim, 42));
        List<Integer> second = withSimulator(sim -> statusCodes(sim, 42));
        List<Integer> otherSeed = withSimulator(sim -> statusCodes(sim, 43));

        assertThat(first).isEqualTo(second).contains(200, 500);
        assertThat(otherSeed).isNotEqualTo(first);
    }

    @Test
    void shouldCountEachInjectedFaultInTheStats() {
        withSimulator(sim -> {
            List<Integer> codes = statusCodes(sim, 7);

            long errors = codes.stream().filter(code -> code == 500).count();
            assertThat(sim.simulator.stats().openai().injected("server-error")).isEqualTo(errors);
            assertThat(sim.simulator.stats().openai().statusPolls()).isEqualTo(POLLS);
            return codes;
        });
    }

    @Test
    void shouldReplayTheSequenceAfterResetToTheConfiguredSeed() {
        FaultSettings configured = FaultSettings.none().withSeed(11L).withRunway(ProviderFaults.none().withJobs(
                new JobFaults(Map.of("SAFETY.OUTPUT.VIDEO", 0.5), 0, 0, 0, 0, null)));
        try (SimulatorHarness sim = new SimulatorHarness(SimulatorProperties.defaults().withPort(0)
                .withGenerationTime(SimulatorHarness.GENERATION_TIME).withFaults(configured))) {
            List<String> before = runwayOutcomes(sim);
            sim.simulator.reset();
            List<String> after = runwayOutcomes(sim);

            assertThat(after).isEqualTo(before).contains("SUCCEEDED", "FAILED");
        }
    }

    private static <T> T withSimulator(Function<SimulatorHarness, T> scenario) {
        try (SimulatorHarness sim = SimulatorHarness.started()) {
            return scenario.apply(sim);
        }
    }

    /** Status codes of a series of polls under a 50 % server-error fault, with the seed set at run time. */
    private static List<Integer> statusCodes(SimulatorHarness sim, long seed) {
        String id = sim.createOpenAiVideo("{\"prompt\":\"p\"}");
        sim.putFaults("{\"seed\":" + seed + "," + HALF_SERVER_ERRORS + "}");
        List<Integer> codes = new ArrayList<>();
        for (int i = 0; i < POLLS; i++) {
            codes.add(sim.send(sim.openAi("/videos/" + id).GET().build()).statusCode());
        }
        return codes;
    }

    /** Final statuses of a series of tasks under a 50 % failure fault. */
    private static List<String> runwayOutcomes(SimulatorHarness sim) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            ids.add(sim.createRunwayTask("text_to_video", SimulatorHarness.RUNWAY_TASK));
        }
        sim.finishJobs();
        return ids.stream().map(id -> sim.parse(sim.send(sim.runway("/v1/tasks/" + id).GET().build()))
                .get("status").asText()).toList();
    }
}
