package com.videopipeline.s3;

import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchCompletion;
import com.videopipeline.job.BatchDeliveries;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.TargetDelivery;
import com.videopipeline.job.VideoJob;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The S3 target, as the deliver-video and deliver-to-bucket routes drive it: chooses a batch's targets, records what
 * is owed when the outbox has it, claims what is due and uploads it, one item at a time. A failed upload never
 * touches the outbox delivery: it is recorded with its error and tried again after a growing delay, until
 * {@code max-attempts}, then left FAILED.
 */
@Component("s3Delivery")
class S3Delivery implements BatchDeliveries, BatchCompletion {

    static final String TARGET = "s3";

    private static final Logger LOG = LoggerFactory.getLogger(S3Delivery.class);

    private final S3Properties props;
    private final TargetLedger ledger;
    private final S3Items items;
    private final TargetChoice choice;
    private final BatchTracker batches;

    S3Delivery(S3Properties props, TargetLedger ledger, S3Items items, TargetChoice choice, BatchTracker batches) {
        this.props = props;
        this.ledger = ledger;
        this.items = items;
        this.choice = choice;
        this.batches = batches;
    }

    /** The targets of the job's batch, outbox first, for its sidecar to list before they are recorded. */
    public List<String> targets(VideoJob job) {
        return batches.find(job.batchId()).map(choice::targetsFor).orElse(List.of(TargetChoice.OUTBOX));
    }

    /** Called once the job is in the outbox: records that delivery, and owes its video and sidecar to S3 if chosen. */
    public void jobDelivered(VideoJob job, List<String> targets) {
        ledger.recordDelivered(TargetChoice.OUTBOX, job.batchId(), TargetRecord.JOB, job.id(),
                job.deliveredVideo().toString());
        if (targets.contains(TARGET)) {
            ledger.owe(TARGET, job.batchId(), TargetRecord.JOB, job.id());
        }
    }

    /** Called once the batch's manifest is written, by complete-batch and by the start-up repair. */
    @Override
    public void batchCompleted(Batch batch, Path manifest) {
        if (manifest != null && choice.targetsFor(batch).contains(TARGET)) {
            ledger.owe(TARGET, batch.id(), TargetRecord.BATCH, "");
        }
    }

    @Override
    public Map<String, List<TargetDelivery>> byJob(String batchId) {
        return ledger.batch(batchId).stream().filter(TargetRecord::isJob).collect(Collectors.groupingBy(
                TargetRecord::item, LinkedHashMap::new, Collectors.mapping(r -> new TargetDelivery(r.target(),
                        r.location(), r.state(), r.attempts(), r.lastError()), Collectors.toList())));
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
