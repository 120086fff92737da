package com.videopipeline.intake;

import com.videopipeline.request.RawLine;
import java.util.List;

/**
 * One batch of entries that arrived together, on its way through the accept route. {@code repeated}: the same
 * input was made into this batch before (a redelivered message, a retried request) and nothing new is recorded.
 */
public record EntryRun(IntakeBatch batch, List<RawLine> entries, CollectedOutcomes outcomes, boolean repeated) {

    public String batchId() {
        return batch.batchId();
    }

    /** The entries as submissions for the accept route; none when the input was recorded before. */
    public List<Submission> submissions() {
        return repeated ? List.of() : entries.stream().map(e -> new Submission(batch, e)).toList();
    }
}
