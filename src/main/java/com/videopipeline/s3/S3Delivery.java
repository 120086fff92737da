package com.videopipeline.s3;

import com.videopipeline.job.Batch;
import com.videopipeline.job.VideoJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The S3 target, as the deliver-to-bucket route drives it: records what is owed when the outbox has it, claims what is
 * due and uploads it, one item at a time. A failed upload never touches the outbox delivery: it is recorded with
 * its error and tried again after a growing delay, until {@code max-attempts}, then left FAILED.
 */
@Component("s3Delivery")
class S3Delivery {

    static final String TARGET = "s3";

    private static final Logger LOG = LoggerFactory.getLogger(S3Delivery.class);

    private final S3Properties props;
    private final TargetLedger ledger;
    private final S3Items items;

    S3Delivery(S3Properties props, TargetLedger ledger, S3Items items) {
        this.props = props;
        this.ledger = ledger;
        this.items = items;
    }

    /** Called once the job is in the outbox: its video and sidecar are owed to S3. */
    public void jobDelivered(VideoJob job) {
        if (props.enabled()) {
            ledger.owe(TARGET, job.batchId(), TargetRecord.JOB, job.id());
        }
    }

    /** Called once the batch's manifest is written ({@code manifest} null: no job, nothing to deliver). */
    public void batchCompleted(Batch batch, Path manifest) {
        if (props.enabled() && manifest != null) {
            ledger.owe(TARGET, batch.id(), TargetRecord.BATCH, "");
        }
    }

    public List<TargetRecord> claim() {
        return ledger.claim(TARGET, props.claimBatch());
    }

    public void deliver(TargetRecord item) {
        try {
            String location = item.isJob() ? items.deliverJob(item.batchId(), item.item())
                    : items.deliverBatch(item.batchId());
            ledger.delivered(item, location);
            LOG.info("{}: delivered to {}", item, location);
        } catch (Exception e) {
            Duration retryIn = retryIn(item.attempts() + 1);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            ledger.attemptFailed(item, error, retryIn);
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
