package com.videopipeline.queue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.videopipeline.intake.CollectedOutcomes;
import com.videopipeline.intake.EntryRun;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import java.util.Comparator;
import java.util.List;
import org.apache.camel.Header;
import org.springframework.stereotype.Component;

/**
 * The answer to a message that named a JMSReplyTo: its batch and what became of each entry (the job it became, or
 * why it was refused), so a requester learns about a bad entry without reading our logs. A redelivered message that
 * was recorded before is answered with its batch and {@code repeated: true}.
 */
@Component("queueReplies")
class QueueReplies {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Reply(String batch, Boolean repeated, int accepted, int rejected, List<Entry> entries) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Entry(int entry, String status, String job, String provider, String model, String reason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Refusal(String error, String deadLetterQueue) {
    }

    private final ObjectMapper json;
    private final BatchTracker batches;
    private final QueueProperties props;

    QueueReplies(ObjectMapper json, BatchTracker batches, QueueProperties props) {
        this.json = json;
        this.batches = batches;
        this.props = props;
    }

    public String reply(EntryRun run) {
        if (run.repeated()) {
            Batch batch = batches.find(run.batchId()).orElseThrow();
            return write(new Reply(run.batchId(), true, batch.accepted(), batch.rejected(), List.of()));
        }
        List<Entry> entries = run.outcomes().list().stream()
                .sorted(Comparator.comparingInt(CollectedOutcomes.Outcome::entry)).map(QueueReplies::entry).toList();
        return write(new Reply(run.batchId(), null, run.batch().accepted(), run.batch().rejected(), entries));
    }

    /** The answer to a message that went to the dead-letter queue. */
    public String refusal(@Header("pipelineError") String reason) {
        return write(new Refusal(reason, props.deadLetter()));
    }

    private static Entry entry(CollectedOutcomes.Outcome o) {
        return o.accepted() ? new Entry(o.entry(), "accepted", o.jobId(), o.provider(), o.model(), null)
                : new Entry(o.entry(), "rejected", null, null, null, o.rejection());
    }

    private String write(Object reply) {
        try {
            return json.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("reply not serializable", e);
        }
    }
}
