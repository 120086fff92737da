package com.videopipeline.delivery;

import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchCompletion;
import com.videopipeline.job.BatchTracker;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * At start-up, writes the manifests of batches that completed just before a crash, so each is written once, and owes
 * their files to the batch's targets as complete-batch would have: the repair does not pass through that route.
 */
@Component
class ManifestRepair implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ManifestRepair.class);

    private final BatchTracker batches;
    private final ManifestWriter writer;
    private final List<BatchCompletion> targets;

    ManifestRepair(BatchTracker batches, ManifestWriter writer, List<BatchCompletion> targets) {
        this.batches = batches;
        this.writer = writer;
        this.targets = targets;
    }

    @Override
    public void afterPropertiesSet() {
        for (Batch batch : batches.completedWithoutManifest()) {
            LOG.info("batch {} completed before the last stop without its manifest; writing it", batch.id());
            Path manifest = writer.write(batch);
            targets.forEach(t -> t.batchCompleted(batch, manifest));
        }
    }
}
