package com.videopipeline.ops;

import com.videopipeline.job.BatchStatus;
import com.videopipeline.job.JobReplay;
import com.videopipeline.job.JobStatusQuery;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.stereotype.Component;

/**
 * The operator's handle on the ledger, at {@code /actuator/jobs}: batches still open, one batch's progress, and the
 * replay of a batch's failed jobs ({@code POST /actuator/jobs/<batch>}).
 */
@Component
@Endpoint(id = "jobs")
class JobsEndpoint {

    private final JobStatusQuery status;
    private final JobReplay replay;

    JobsEndpoint(JobStatusQuery status, JobReplay replay) {
        this.status = status;
        this.replay = replay;
    }

    @ReadOperation
    List<String> openBatches() {
        return status.progressLines();
    }

    @ReadOperation
    Map<String, Object> batch(@Selector String batch) {
        return status.batch(batch).map(JobsEndpoint::view).orElse(null);
    }

    @WriteOperation
    Map<String, Object> replay(@Selector String batch) {
        List<String> replayed = replay.replay(batch);
        return Map.of("batch", batch, "replayed", replayed);
    }

    private static Map<String, Object> view(BatchStatus s) {
        return Map.of("batch", s.batch().id(), "sourceFile", s.batch().sourceFile(), "counts", s.counts(),
                "delivered", s.delivered(), "failed", s.failed(), "inFlight", s.inFlight(),
                "estimatedCostUsd", s.estimatedCostUsd(), "progress", s.progressLine());
    }
}
