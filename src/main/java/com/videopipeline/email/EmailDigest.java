package com.videopipeline.email;

import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchCompletion;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobStore;
import com.videopipeline.metrics.PipelineMetrics;
import com.videopipeline.targets.TargetChoice;
import com.videopipeline.targets.TargetLedger;
import com.videopipeline.targets.TargetRecord;
import com.videopipeline.targets.Targets;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The email target, as the complete-batch and send-digests routes drive it: a completed batch whose jobs go to
 * email (by their request's, batch's, campaign's or origin's targets) owes one digest, recorded in the ledger
 * before it is sent, so a crash or an SMTP outage delays it but never loses it. Each due digest is built here and
 * sent by the route's smtp endpoint once the batch's other targets are done (so it links what S3 holds); a failed
 * send is retried after a doubling delay, then left FAILED with its reason. Other targets never wait on it.
 */
@Component("emailDigest")
class EmailDigest implements BatchCompletion {

    static final String TARGET = Targets.EMAIL;

    private static final Logger LOG = LoggerFactory.getLogger(EmailDigest.class);

    private final EmailProperties props;
    private final TargetLedger ledger;
    private final TargetChoice choice;
    private final DigestContent content;
    private final BatchTracker batches;
    private final JobStore jobs;
    private final PipelineMetrics metrics;

    EmailDigest(EmailProperties props, TargetLedger ledger, TargetChoice choice, DigestContent content,
                BatchTracker batches, JobStore jobs, PipelineMetrics metrics) {
        this.props = props;
        this.ledger = ledger;
        this.choice = choice;
        this.content = content;
        this.batches = batches;
        this.jobs = jobs;
        this.metrics = metrics;
        LOG.debug("email digest settings: {}", props);
    }

    /**
     * Called once the batch's manifest is written ({@code manifest} null: no job, no digest). Owed when any job
     * goes to email; recorded FAILED at once when one named email explicitly while it is switched off.
     */
    @Override
    public void batchCompleted(Batch batch, Path manifest) {
        if (manifest == null || !wanted(batch)) {
            return;
        }
        if (props.enabled()) {
            ledger.owe(TARGET, batch.id(), TargetRecord.BATCH, "");
        } else {
            ledger.recordFailed(TARGET, batch.id(), TargetRecord.BATCH, "", props.offReason());
        }
    }

    private boolean wanted(Batch batch) {
        List<String> batchTargets = choice.forBatch(batch);
        return jobs.batch(batch.id()).stream().anyMatch(job -> TargetChoice.forRequest(
                job.request().options().targets(), batchTargets).contains(TARGET));
    }

    public List<TargetRecord> claim() {
        return ledger.claim(TARGET, 8, true);
    }

    /** The digest of a claimed batch, addressed to its campaign's, origin's or the default recipients. */
    public MimeMessage message(TargetRecord owed) throws IOException, MessagingException {
        Batch batch = batch(owed.batchId());
        return DigestMime.message(content.of(batch), props.from(), recipients(batch));
    }

    public void sent(TargetRecord owed) {
        String to = String.join(", ", recipients(batch(owed.batchId())));
        ledger.delivered(owed, "mailto:" + to);
        metrics.delivery(TARGET, "batch", "delivered");
        LOG.info("email digest of batch {} sent to {}", owed.batchId(), to);
    }

    public void failed(TargetRecord owed, Exception e) {
        int attempt = owed.attempts() + 1;
        Duration retryIn = attempt >= props.maxAttempts() ? null
                : props.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 16));
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        ledger.attemptFailed(owed, error, retryIn);
        metrics.delivery(TARGET, "batch", retryIn == null ? "failed" : "retry");
        LOG.warn("email digest of batch {}: attempt {} of {} failed ({}); {}", owed.batchId(), attempt,
                props.maxAttempts(), error, retryIn == null ? "given up, recorded FAILED" : "trying again in " + retryIn);
    }

    private List<String> recipients(Batch batch) {
        return props.recipientsFor(batch.origin(), batch.campaign());
    }

    private Batch batch(String id) {
        return batches.find(id).orElseThrow(() -> new IllegalStateException("batch " + id + " is not in the ledger"));
    }
}
