package com.videopipeline.api;

import java.util.List;

/**
 * The answer to a submission: the batch it made (or made before, {@code repeated}, for a repeated idempotency key),
 * how many entries were accepted and rejected, and each entry's outcome.
 */
record SubmissionView(String batch, boolean repeated, int accepted, int rejected, List<EntryView> entries,
                      String url) {
}
