package com.videopipeline.intake;

import com.videopipeline.job.VideoJob;
import java.util.List;
import java.util.Map;

/** Where a source hears how each of its entries went: a drop file's report, an API answer, a queue reply. */
public interface EntryOutcomes {

    /** Entry {@code entry} (a line, or a position in a message) became {@code job}. */
    void accepted(int entry, VideoJob job);

    /** Entry {@code entry} was refused, and why, in words a requester can act on. */
    void rejected(int entry, String reason);

    /**
     * As {@link #rejected(int, String)}, with the problems also keyed by the field they concern (empty when the
     * reason is about the entry as a whole); sources that answer per field (the REST API) keep them.
     */
    default void rejected(int entry, String reason, Map<String, List<String>> problems) {
        rejected(entry, reason);
    }
}
