package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.simulator.FaultSettings;
import com.videopipeline.simulator.HttpFaults;
import com.videopipeline.simulator.ProviderFaults;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorStats;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Garbled answers and lost create answers, end to end: retried where harmless, reconciled or held where not. */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
class FaultClassEndToEndTest {

    /** Longer than a healthy call on a loaded 2-core machine, shorter than the withheld answer. */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration WITHHELD_FOR = Duration.ofMillis(1500);
    private static final Duration MANIFEST_WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @Autowired
    JobStatusQuery ledger;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of(
                // seed 5 garbles the 2nd status answer of each provider, so both see the fault early in the run
                "simulator.faults.seed", "5",
                "pipeline.providers.sora.request-timeout", REQUEST_TIMEOUT.toMillis() + "ms",
                "pipeline.providers.runway.request-timeout", REQUEST_TIMEOUT.toMillis() + "ms",
                // a couple of deliberate faults among a handful of calls can be a majority of the circuit's
                // window; a short rest keeps that from stalling the test (the circuit has a test of its own)
                "pipeline.circuit-breaker.open-for", "1s"));
    }

    @BeforeEach
    void freshProvider() {
        // each test counts its own provider jobs and injected faults, and sets its own faults
        simulator.reset();
    }

    @Test
    void shouldRetryGarbledStatusAnswersAndDeliverEveryJobWithoutSubmittingAgain(CapturedOutput output)
            throws IOException {
        HttpFaults garbledStatus = new HttpFaults(0, 0, null, 0, 0, 0, 0, null, 0, null, 0.25, Set.of("status"));
        simulator.faults(FaultSettings.none().withOpenai(ProviderFaults.none().withHttp(garbledStatus))
                .withRunway(ProviderFaults.none().withHttp(garbledStatus)));

        Map<String, JsonNode> jobs = run("garbled-status", String.join("\n",
                "{\"id\": \"sora-1\", \"prompt\": \"a paper boat on a pond\", \"seconds\": 4, \"provider\": \"sora\"}",
                "{\"id\": \"sora-2\", \"prompt\": \"a paper boat in rain\", \"seconds\": 4, \"provider\": \"sora\"}",
                "{\"id\": \"runway-1\", \"prompt\": \"a kite over dunes\", \"seconds\": 4, \"provider\": \"runway\"}",
                "{\"id\": \"runway-2\", \"prompt\": \"a kite over surf\", \"seconds\": 4, \"provider\": \"runway\"}",
                ""));

        SimulatorStats stats = simulator.stats();
        jobs.values().forEach(job -> {
            assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("delivered");
            assertThat(job.get("attempts").asInt()).as("a status read creates nothing, so nothing is sent again")
                    .isEqualTo(1);
        });
        assertThat(stats.openai().jobsCreated()).isEqualTo(2);
        assertThat(stats.runway().jobsCreated()).isEqualTo(2);
        long garbledSora = stats.openai().injected("malformed-json");
        long garbledRunway = stats.runway().injected("malformed-json");
        assertThat(garbledSora).as("the fault struck sora").isPositive();
        assertThat(garbledRunway).as("the fault struck runway").isPositive();
        // one WARN and one counted retry per garbled answer
        assertThat(retries(jobs, "sora")).as("retries of sora jobs in the manifest").isEqualTo(garbledSora);
        assertThat(retries(jobs, "runway")).as("retries of runway jobs in the manifest").isEqualTo(garbledRunway);
        assertThat(retriedGarbledPolls(output, "sora")).isEqualTo(garbledSora);
        assertThat(retriedGarbledPolls(output, "runway")).isEqualTo(garbledRunway);
    }

    @Test
    void shouldFindAGarbledSoraSubmitAtTheProviderAndHoldAGarbledRunwaySubmitInsteadOfPayingTwice(
            CapturedOutput output) throws IOException {
        HttpFaults garbledCreate = new HttpFaults(0, 0, null, 0, 0, 0, 0, null, 0, null, 1, Set.of("create"));
        simulator.faults(FaultSettings.none().withOpenai(ProviderFaults.none().withHttp(garbledCreate))
                .withRunway(ProviderFaults.none().withHttp(garbledCreate)));

        Map<String, JsonNode> jobs = run("garbled-create", lostSubmits("garbled"));

        assertLostSubmitsReconciledOrHeld(jobs, "malformed-json", output, "MALFORMED_RESPONSE");
    }

    @Test
    void shouldFindATimedOutSoraSubmitAtTheProviderAndHoldATimedOutRunwaySubmitInsteadOfPayingTwice(
            CapturedOutput output) throws IOException {
        // the simulator creates the job, then keeps the answer past our request timeout
        HttpFaults lostAnswer = new HttpFaults(0, 0, null, 0, 0, 0, 0, null, 1, WITHHELD_FOR, 0, Set.of("create"));
        simulator.faults(FaultSettings.none().withOpenai(ProviderFaults.none().withHttp(lostAnswer))
                .withRunway(ProviderFaults.none().withHttp(lostAnswer)));

        Map<String, JsonNode> jobs = run("timed-out-create", lostSubmits("timed-out"));

        assertLostSubmitsReconciledOrHeld(jobs, "timeout", output, "TIMEOUT");
        assertThat(output.getAll()).contains("runway: timed out after the request was sent; the job may exist");
    }

    /** One job per provider whose create the provider carries out but whose answer we cannot use. */
    private static String lostSubmits(String prefix) {
        return String.join("\n",
                "{\"id\": \"" + prefix + "-sora\", \"prompt\": \"a " + prefix + " lighthouse\", \"seconds\": 4,"
                        + " \"provider\": \"sora\"}",
                "{\"id\": \"" + prefix + "-runway\", \"prompt\": \"a " + prefix + " windmill\", \"seconds\": 4,"
                        + " \"provider\": \"runway\"}", "");
    }

    /**
     * The promise for an ambiguous submit: OpenAI's list finds the job the lost call created and the job follows
     * it; Runway cannot be asked, so by default the job is held UNCERTAIN with the reason. Either way one provider
     * job per request and one submit attempt: nothing was sent a second time.
     */
    private void assertLostSubmitsReconciledOrHeld(Map<String, JsonNode> jobs, String fault, CapturedOutput output,
                                                   String kind) {
        JsonNode sora = jobs.values().stream().filter(j -> j.get("provider").asText().equals("sora")).findFirst()
                .orElseThrow();
        JsonNode runway = jobs.values().stream().filter(j -> j.get("provider").asText().equals("runway"))
                .findFirst().orElseThrow();
        SimulatorStats stats = simulator.stats();

        assertThat(stats.openai().injected(fault)).isEqualTo(1);
        assertThat(stats.runway().injected(fault)).isEqualTo(1);
        assertThat(stats.openai().jobsCreated()).as("sora paid once").isEqualTo(1);
        assertThat(stats.runway().jobsCreated()).as("runway paid once").isEqualTo(1);

        assertThat(sora.get("status").asText()).as(sora.toString()).isEqualTo("delivered");
        assertThat(sora.get("attempts").asInt()).isEqualTo(1);
        assertThat(sora.get("retries").asInt()).as("one reconciliation").isEqualTo(1);
        assertThat(sora.get("providerJobId").asText()).startsWith("video_");
        assertThat(output.getAll()).contains(sora.get("batch").asText() + "/" + sora.get("id").asText())
                .contains("submit outcome unknown (" + kind + ": sora: ")
                .contains("lost submit found at the provider as " + sora.get("providerJobId").asText());

        assertThat(runway.get("status").asText()).as(runway.toString()).isEqualTo("uncertain");
        assertThat(runway.get("attempts").asInt()).isEqualTo(1);
        assertThat(runway.get("retries").asInt()).as("one reconciliation").isEqualTo(1);
        assertThat(runway.has("providerJobId")).as("the id was in the lost answer").isFalse();
        assertThat(runway.at("/failure/kind").asText()).isEqualTo("SUBMIT_UNCERTAIN");
        assertThat(runway.at("/failure/message").asText())
                .contains("may or may not have created a job").contains("held for an operator");
        assertThat(output.getAll()).contains("submit outcome unknown (" + kind + ": runway: ");
    }

    /** Drops {@code content} as {@code <name>.jsonl} and returns its batch's jobs once the manifest is written. */
    private Map<String, JsonNode> run(String name, String content) throws IOException {
        PipelineTestSupport.drop(root.resolve("inbox"), name + ".jsonl", content);
        JsonNode manifest = Manifests.await(root, name + "-jsonl-", MANIFEST_WAIT);
        assertThat(ledger.openBatches()).as("no job of any batch left in flight").isEmpty();
        return Manifests.jobsById(manifest);
    }

    /** WARN lines of status polls of {@code provider} that could not be read and were scheduled again. */
    private static long retriedGarbledPolls(CapturedOutput output, String provider) {
        Pattern retried = Pattern.compile("job garbled-status-jsonl-\\S+ \\[(SUBMITTED|RUNNING), " + provider
                + "/[^]]+]: " + provider + ": unreadable answer: not JSON from GET \\S+ \\(MALFORMED_RESPONSE\\),"
                + " trying again in \\d+ ms");
        return output.getAll().lines().filter(line -> retried.matcher(line).find()).count();
    }

    private static long retries(Map<String, JsonNode> jobs, String provider) {
        return jobs.values().stream().filter(j -> j.get("provider").asText().equals(provider))
                .mapToLong(j -> j.get("retries").asLong()).sum();
    }
}
