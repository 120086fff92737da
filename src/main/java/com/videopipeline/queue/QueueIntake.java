package com.videopipeline.queue;

import com.videopipeline.intake.EntryBatches;
import com.videopipeline.intake.EntryRun;
import com.videopipeline.intake.EntrySource;
import com.videopipeline.intake.Submission;
import com.videopipeline.request.MessageEntries;
import com.videopipeline.targets.BatchTargets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * Makes a batch from one message of the requests queue. The batch is keyed by the JMS message id, so a redelivery
 * (after a crash, a rollback, or a broker handing the message out twice) finds the same batch: entries already
 * recorded keep their jobs, and a message recorded completely makes nothing new. Nothing is paid twice.
 */
@Component("queueIntake")
class QueueIntake {

    static final String ORIGIN = "queue";

    private final EntryBatches batches;
    private final BatchTargets targets;

    QueueIntake(EntryBatches batches, BatchTargets targets) {
        this.batches = batches;
        this.targets = targets;
    }

    /** Opens (or finds again) the message's batch; a body that cannot be a request message is poison. */
    public EntryRun open(Message message) {
        String text = MessageBodies.text(message);
        MessageEntries.Parsed parsed;
        try {
            parsed = MessageEntries.parse(text);
        } catch (MessageEntries.UnreadableMessageException e) {
            throw new PoisonMessageException("unreadable request message: " + e.getMessage());
        }
        String messageId = message.getHeader("JMSMessageID", String.class);
        // a producer may switch message ids off; the content then identifies the message across redeliveries
        String key = messageId != null ? messageId : "sha256:" + sha256(text);
        String label = parsed.name() != null ? parsed.name() : "queue message " + key;
        List<String> batchTargets = targets(text);
        EntryRun run = batches.open(new EntrySource(ORIGIN, label, key, null), parsed.entries());
        // before any entry is queued, so every job of the batch is delivered where the message asked
        targets.submitted(run.batchId(), batchTargets);
        return run;
    }

    /** The message's optional batch-level {@code targets}; an unknown or switched-off one makes it poison. */
    private List<String> targets(String text) {
        try {
            return targets.read(text);
        } catch (IllegalArgumentException e) {
            throw new PoisonMessageException("request message refused: " + e.getMessage());
        }
    }

    /** The entries still to be decided; none when the message was recorded completely before. */
    public List<Submission> submissions(EntryRun run) {
        return run.submissions();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
