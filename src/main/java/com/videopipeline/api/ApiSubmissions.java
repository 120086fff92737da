package com.videopipeline.api;

import com.videopipeline.budget.BatchBudgets;
import com.videopipeline.budget.BudgetRequests;
import com.videopipeline.budget.BudgetSpec;
import com.videopipeline.intake.EntryBatches;
import com.videopipeline.intake.EntryRun;
import com.videopipeline.intake.EntrySource;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobStore;
import com.videopipeline.request.MessageEntries;
import com.videopipeline.targets.BatchTargets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
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
    private final BatchBudgets budgets;
    private final BatchTargets targets;

    ApiSubmissions(EntryBatches entryBatches, BatchTracker batches, JobStore store, BatchBudgets budgets,
                   BatchTargets targets) {
        this.entryBatches = entryBatches;
        this.batches = batches;
        this.store = store;
        this.budgets = budgets;
        this.targets = targets;
    }

    /**
     * Reads the body (one request, an array, or {@code {"name": ..., "requests": [...], "budget": {...},
     * "targets": [...]}}) and opens its batch, under its budget and to its targets when it gives them.
     */
    public EntryRun open(String body, String idempotencyKey) {
        String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
        if (key != null && key.length() > MAX_KEY_LENGTH) {
            throw ApiProblem.badRequest("Idempotency-Key is longer than " + MAX_KEY_LENGTH + " characters");
        }
        MessageEntries.Parsed parsed = MessageEntries.parse(body);
        if (parsed.entries().isEmpty()) {
            throw ApiProblem.badRequest("the body holds no requests");
        }
        Optional<BudgetSpec> budget = budget(body);
        List<String> batchTargets = targets(body);
        String label = parsed.name() == null ? ORIGIN : parsed.name();
        EntryRun run = entryBatches.open(new EntrySource(ORIGIN, label, key, null), parsed.entries());
        // before any entry is queued: no job of the batch may be submitted outside its budget. A repeated call
        // changes nothing of the batch the first one made
        budget.filter(spec -> !run.repeated()).ifPresent(spec -> budgets.attach(run.batchId(), spec, null));
        // likewise before any job is delivered; a repeated call keeps the targets the first one recorded
        targets.submitted(run.batchId(), batchTargets);
        return run;
    }

    /** The body's optional batch-level {@code targets}; an unknown or switched-off one is a 400 naming it. */
    private List<String> targets(String body) {
        try {
            return targets.read(body);
        } catch (IllegalArgumentException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
    }

    /** The body's optional {@code budget} ({@code usd}, {@code seconds}, {@code mode}); a bad one is a 400. */
    private static Optional<BudgetSpec> budget(String body) {
        try {
            return BudgetRequests.fromBody(body);
        } catch (BudgetRequests.InvalidBudgetException e) {
            throw ApiProblem.badRequest(e.getMessage());
        }
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
