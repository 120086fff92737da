package com.videopipeline.intake;

import com.videopipeline.job.VideoJob;

/** Where a source hears how each of its entries went: a drop file's report, an API answer, a queue reply. */
public interface EntryOutcomes {

    /** Entry {@code entry} (a line, or a position in a message) became {@code job}. */
    void accepted(int entry, VideoJob job);

    /** Entry {@code entry} was refused, and why, in words a requester can act on. */
    void rejected(int entry, String reason);
}
