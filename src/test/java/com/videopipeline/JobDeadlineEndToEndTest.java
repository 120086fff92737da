package com.videopipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.simulator.ProviderSimulator;
import com.videopipeline.simulator.SimulatorStats;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A provider job that never finishes ends FAILED at the job's deadline, a job still waiting for a slot past its
 * deadline is not submitted at all, and the rest of the batch is delivered.
 */
@SpringBootTest
class JobDeadlineEndToEndTest {

    /** Short for the test, yet well past what a healthy job here needs (600 ms generation, 100 ms polls). */
    private static final Duration DEADLINE = Duration.ofSeconds(4);

    @TempDir
    static Path root;

    @Autowired
    ProviderSimulator simulator;

    @Autowired
    JobStatusQuery ledger;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        PipelineTestSupport.register(registry, root, Map.of(
                "pipeline.jobs.deadline", DEADLINE.toSeconds() + "s",
                "pipeline.providers.runway.max-concurrent-jobs", "2",
                // every Runway job stays in progress for ever; Sora's are healthy
                "simulator.faults.seed", "11",
                "simulator.faults.runway.jobs.never-finish", "1"));
    }

    @Test
    void shouldFailNeverFinishingJobsAtTheirDeadlineAndDeliverTheRestOfTheBatch() throws Exception {
        // two Runway slots: stuck-1 and stuck-2 take them; stuck-3 waits for one until past its deadline
        PipelineTestSupport.drop(root.resolve("inbox"), "stuck.jsonl", String.join("\n",
                "{\"id\": \"stuck-1\", \"prompt\": \"a still clock\", \"seconds\": 4, \"provider\": \"runway\"}",
                "{\"id\": \"stuck-2\", \"prompt\": \"an endless staircase\", \"seconds\": 4, \"provider\": \"runway\"}",
                "{\"id\": \"stuck-3\", \"prompt\": \"a frozen river\", \"seconds\": 4, \"provider\": \"runway\"}",
                "{\"id\": \"fine-1\", \"prompt\": \"a sunflower field\", \"seconds\": 4, \"provider\": \"sora\"}",
                "{\"id\": \"fine-2\", \"prompt\": \"a wheat field\", \"seconds\": 4, \"provider\": \"sora\"}", ""));

        Map<String, JsonNode> jobs = Manifests.jobsById(Manifests.await(root, "stuck-jsonl-", Duration.ofSeconds(60)));

        SimulatorStats stats = simulator.stats();
        assertThat(stats.runway().injected("never-finish")).isEqualTo(2);
        for (String id : new String[] {"stuck-1", "stuck-2"}) {
            JsonNode job = jobs.get(id);
            assertThat(job.get("status").asText()).as(id).isEqualTo("failed");
            assertThat(job.at("/failure/kind").asText()).as(id).isEqualTo("TIMEOUT");
            assertThat(job.at("/failure/message").asText()).as(id)
                    .contains("runway job " + job.get("providerJobId").asText())
                    .contains("did not finish within " + DEADLINE)
                    .endsWith("; cancelled at runway");
            assertThat(SimulatorTasks.runwayStatus(simulator, job.get("providerJobId").asText()))
                    .as("stopped, so it is not billed").isEqualTo("CANCELLED");
            assertThat(job.get("attempts").asInt()).as("a deadline is not a reason to pay again").isEqualTo(1);
            Instant accepted = Instant.parse(job.at("/timings/accepted").asText());
            Instant submitted = Instant.parse(job.at("/timings/submitted").asText());
            Instant finished = Instant.parse(job.at("/timings/finished").asText());
            assertThat(Duration.between(accepted, submitted)).as("at the provider well before the deadline")
                    .isLessThan(DEADLINE);
            assertThat(Duration.between(accepted, finished)).as("ended at the deadline, not before")
                    .isGreaterThanOrEqualTo(DEADLINE);
        }
        JsonNode late = jobs.get("stuck-3");
        assertThat(late.get("status").asText()).isEqualTo("failed");
        assertThat(late.at("/failure/kind").asText()).isEqualTo("TIMEOUT");
        assertThat(late.at("/failure/message").asText())
                .isEqualTo("no provider took the job in time to finish within its deadline of " + DEADLINE
                        + "; not submitted");
        assertThat(late.get("attempts").asInt()).as("never paid for").isZero();
        assertThat(stats.runway().jobsCreated()).as("stuck-3 was never created").isEqualTo(2);
        for (String id : new String[] {"fine-1", "fine-2"}) {
            assertThat(jobs.get(id).get("status").asText()).as(id).isEqualTo("delivered");
            assertThat(jobs.get(id).toString()).doesNotContain("cancel");
        }
        assertThat(ledger.openBatches()).as("nothing left waiting").isEmpty();
    }
}
