package com.videopipeline.email;

import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchCompletion;
import com.videopipeline.job.BatchTracker;
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
 * The email target, as the complete-batch and send-digests routes drive it: a completed batch owes one digest
 * (recorded in the ledger), each due digest is built here and sent by the route's smtp endpoint, and a failed send
 * is retried after a doubling delay, then left FAILED with its reason. Other targets never wait on it.
 */
@Component("emailDigest")
class EmailDigest implements BatchCompletion {

    private static final Logger LOG = LoggerFactory.getLogger(EmailDigest.class);

    private final EmailProperties props;
    private final DigestLedger ledger;
    private final DigestContent content;
    private final BatchTracker batches;

    EmailDigest(EmailProperties props, DigestLedger ledger, DigestContent content, BatchTracker batches) {
        this.props = props;
        this.ledger = ledger;
        this.content = content;
        this.batches = batches;
        LOG.debug("email digest settings: {}", props);
    }

    /** Called once the batch's manifest is written ({@code manifest} null: no job, no digest). */
    @Override
    public void batchCompleted(Batch batch, Path manifest) {
        if (props.enabled() && manifest != null) {
            ledger.owe(batch.id());
        }
    }

    public List<DigestLedger.Owed> claim() {
        return ledger.claim(8);
    }

    /** The digest of a claimed batch, addressed to its campaign's, origin's or the default recipients. */
    public MimeMessage message(DigestLedger.Owed owed) throws IOException, MessagingException {
        Batch batch = batch(owed.batchId());
        return DigestMime.message(content.of(batch), props.from(), recipients(batch));
    }

    public void sent(DigestLedger.Owed owed) {
        String to = String.join(", ", recipients(batch(owed.batchId())));
        ledger.sent(owed, to);
        LOG.info("email digest of batch {} sent to {}", owed.batchId(), to);
    }

    public void failed(DigestLedger.Owed owed, Exception e) {
        int attempt = owed.attempts() + 1;
        Duration retryIn = attempt >= props.maxAttempts() ? null
                : props.retryDelay().multipliedBy(1L << Math.min(attempt - 1, 16));
        String error = e.getClass().getSimpleName() + ": " + e.getMessage();
        ledger.failed(owed, error, retryIn);
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
