package com.videopipeline.s3;

import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchCompletion;
import com.videopipeline.job.VideoJob;
import com.videopipeline.metrics.PipelineMetrics;
import com.videopipeline.targets.TargetChoice;
import com.videopipeline.targets.TargetLedger;
import com.videopipeline.targets.TargetRecord;
import com.videopipeline.targets.Targets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The S3 target, as the deliver-video and deliver-to-bucket routes drive it: records what is owed when the outbox
 * has it, claims what is due and uploads it, one item at a time. A failed upload never touches the outbox delivery:
 * it is recorded with its error and tried again after a growing delay, until {@code max-attempts}, then left FAILED.
 */
@Component("s3Delivery")
class S3Delivery implements BatchCompletion {

    static final String TARGET = Targets.S3;

    private static final Logger LOG = LoggerFactory.getLogger(S3Delivery.class);

    private final S3Properties props;
    private final TargetLedger ledger;
    private final S3Items items;
    private final TargetChoice choice;
    private final PipelineMetrics metrics;

    S3Delivery(S3Properties props, TargetLedger ledger, S3Items items, TargetChoice choice,
               PipelineMetrics metrics) {
        this.props = props;
        this.ledger = ledger;
        this.items = items;
        this.choice = choice;
        this.metrics = metrics;
    }

    /**
     * Called once the job is in the outbox with its targets (outbox first): records that delivery, and owes its
     * video and sidecar to S3 when chosen (recorded FAILED at once when S3 was named but is switched off).
     */
    public void jobDelivered(VideoJob job, List<String> targets) {
        ledger.recordDelivered(Targets.OUTBOX, job.batchId(), TargetRecord.JOB, job.id(),
                job.deliveredVideo().toString());
        if (targets.contains(TARGET)) {
            owe(job.batchId(), TargetRecord.JOB, job.id());
        }
    }

    /**
     * Called once the batch's manifest is written, by complete-batch and by the start-up repair: its files go where
     * the batch goes, and wherever any of its jobs went to S3 on its request's say.
     */
    @Override
    public void batchCompleted(Batch batch, Path manifest) {
        if (manifest != null && (choice.forBatch(batch).contains(TARGET)
                || ledger.jobTargets(batch.id()).contains(TARGET))) {
            owe(batch.id(), TargetRecord.BATCH, "");
        }
    }

    private void owe(String batchId, String kind, String item) {
        if (props.enabled()) {
            ledger.owe(TARGET, batchId, kind, item);
        } else {
            ledger.recordFailed(TARGET, batchId, kind, item, props.offReason());
        }
    }

    public List<TargetRecord> claim() {
        return ledger.claim(TARGET, props.claimBatch(), false);
    }

    public void deliver(TargetRecord item) {
        try {
            String location = item.isJob() ? items.deliverJob(item.batchId(), item.item())
                    : items.deliverBatch(item.batchId());
            ledger.delivered(item, location);
            metrics.delivery(TARGET, item.isJob() ? "job" : "batch", "delivered");
            LOG.info("{}: delivered to {}", item, location);
        } catch (Exception e) {
            Duration retryIn = retryIn(item.attempts() + 1);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            ledger.attemptFailed(item, error, retryIn);
            metrics.delivery(TARGET, item.isJob() ? "job" : "batch", retryIn == null ? "failed" : "retry");
            LOG.warn("{}: attempt {} of {} failed ({}); {}", item, item.attempts() + 1, props.maxAttempts(), error,
                    retryIn == null ? "given up, recorded FAILED" : "trying again in " + retryIn);
        }
    }

    /** Doubling delays from {@code retry-delay}; null once the attempts are used up. */
    private Duration retryIn(int attemptsMade) {
        if (attemptsMade >= props.maxAttempts()) {
            return null;
        }
        return props.retryDelay().multipliedBy(1L << Math.min(attemptsMade - 1, 16));
    }
}
