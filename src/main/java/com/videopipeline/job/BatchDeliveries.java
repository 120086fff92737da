package com.videopipeline.job;

import java.util.List;
import java.util.Map;

/**
 * What the delivery targets recorded for a batch's jobs, for the writer of its manifest, which lives in another
 * package than the ledger of targets: an interface here keeps the dependency one way.
 */
public interface BatchDeliveries {

    /** Each job's deliveries by job id, as the ledger holds them now; a job with none is absent. */
    Map<String, List<TargetDelivery>> byJob(String batchId);
}
