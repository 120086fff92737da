package com.videopipeline;

import static org.awaitility.Awaitility.await;

import com.videopipeline.campaign.CampaignRegistry;
import com.videopipeline.campaign.CampaignRunSummary;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.camel.ProducerTemplate;

/** One-entry campaigns (a lamp on a shelf, 2 s at Runway) run on demand, for tests of where their videos go. */
public final class LampCampaigns {

    private LampCampaigns() {
    }

    /**
     * Writes campaign {@code name} with {@code targets} (e.g. {@code [outbox, s3]}) into {@code root/campaigns}, runs
     * it once, waits for its manifest and returns its batch.
     */
    public static String run(Path root, CampaignRegistry campaigns, ProducerTemplate producer, String name,
                             String targets) throws IOException {
        PipelineTestSupport.drop(root.resolve("campaigns"), name + ".yaml", """
                name: %s
                enabled: false
                schedule:
                  cron: "0 0 9 1 1 ?"
                prompt: "A {{product}} on a shelf"
                matrix:
                  product: [lamp]
                defaults:
                  provider: runway
                  model: gen4.5
                  seconds: 2
                targets: %s
                """.formatted(name, targets));
        await().atMost(Duration.ofSeconds(10)).until(() -> campaigns.find(name).isPresent());
        String batch = producer.send("direct:run-campaign", e -> e.setVariable("campaign", name)).getMessage()
                .getBody(CampaignRunSummary.class).batchId();
        Manifests.await(root, batch, Duration.ofSeconds(40));
        return batch;
    }
}
