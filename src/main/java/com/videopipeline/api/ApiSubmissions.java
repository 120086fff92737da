package com.videopipeline.api;

import com.videopipeline.intake.EntryBatches;
import com.videopipeline.intake.EntryRun;
import com.videopipeline.intake.EntrySource;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobStore;
import com.videopipeline.request.MessageEntries;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Turns a submission into a batch for the accept route, and its outcomes into the answer. Entries go through the
 * same accept route as every other source; this class only opens the batch and words the answer. An
 * {@code Idempotency-Key} makes a retried call find the batch it made the first time instead of paying again.
 */
@Component("apiSubmissions")
public class ApiSubmissions {

    static final String ORIGIN = "api";
    static final int MAX_KEY_LENGTH = 200;

    private final EntryBatches entryBatches;
    private final BatchTracker batches;
    private final JobStore store;

    ApiSubmissions(EntryBatches entryBatches, BatchTracker batches, JobStore store) {
        this.entryBatches = entryBatches;
        this.batches = batches;
        this.store = store;
    }

    /** Reads the body (one request, an array, or {@code {"name": ..., "requests": [...]}}) and opens its batch. */
    public EntryRun open(String body, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_KEY_LENGTH) {
            throw ApiProblem.badRequest("Idempotency-Key is longer than " + MAX_KEY_LENGTH + " characters");
        }
        MessageEntries.Parsed parsed = MessageEntries.parse(body);
        if (parsed.entries().isEmpty()) {
            throw ApiProblem.badRequest("the body holds no requests");
        }
        String label = parsed.name() == null ? ORIGIN : parsed.name();
        return entryBatches.open(new EntrySource(ORIGIN, label, key, null), parsed.entries());
    }

    /**
     * 201 with every entry's outcome; 400 when no entry was accepted; 200 with the jobs recorded the first time
     * when the idempotency key was seen before (409 if that first call was refused entirely).
     */
    public ApiAnswer answer(EntryRun run) {
        SubmissionView view = run.repeated() ? recorded(run.batchId()) : fresh(run);
        if (view.accepted() == 0) {
            throw run.repeated()
                    ? ApiProblem.conflict("this Idempotency-Key was used by a request whose every entry was"
                            + " rejected (batch " + run.batchId() + "); send the corrected request with a new key")
                    : ApiProblem.invalid("no entry was accepted", view);
        }
        return new ApiAnswer(run.repeated() ? 200 : 201, view.url(), view);
    }

    private static SubmissionView fresh(EntryRun run) {
        List<EntryView> entries = run.outcomes().list().stream()
                .map(o -> EntryView.of(run.batchId(), o))
                .sorted(Comparator.comparingInt(EntryView::entry))
                .toList();
        int accepted = (int) entries.stream().filter(EntryView::accepted).count();
        return new SubmissionView(run.batchId(), false, accepted, entries.size() - accepted, entries,
                ApiPaths.batch(run.batchId()));
    }

    /** Rejected entries were not kept by the first call, only counted. */
    private SubmissionView recorded(String batchId) {
        List<EntryView> entries = store.batch(batchId).stream().map(EntryView::of).toList();
        int rejected = batches.find(batchId).map(Batch::rejected).orElse(0);
        return new SubmissionView(batchId, true, entries.size(), rejected, entries, ApiPaths.batch(batchId));
    }
}
