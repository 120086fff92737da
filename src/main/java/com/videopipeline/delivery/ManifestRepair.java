package com.videopipeline.delivery;

import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/** At start-up, writes the manifests of batches that completed just before a crash, so each is written once. */
@Component
class ManifestRepair implements InitializingBean {

    private static final Logger LOG = LoggerFactory.getLogger(ManifestRepair.class);

    private final BatchTracker batches;
    private final ManifestWriter writer;

    ManifestRepair(BatchTracker batches, ManifestWriter writer) {
        this.batches = batches;
        this.writer = writer;
    }

    @Override
    public void afterPropertiesSet() {
        for (Batch batch : batches.completedWithoutManifest()) {
            LOG.info("batch {} completed before the last stop without its manifest; writing it", batch.id());
            writer.write(batch);
        }
    }
}
