package com.videopipeline.intake;

import com.videopipeline.job.VideoJob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Outcomes kept in memory, for sources that answer their requester: the REST API, a queue reply. */
public final class CollectedOutcomes implements EntryOutcomes {

    /** One entry's outcome: the job it became, or why it was refused. */
    public record Outcome(int entry, String jobId, String provider, String model, String rejection) {

        public boolean accepted() {
            return rejection == null;
        }
    }

    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void accepted(int entry, VideoJob job) {
        outcomes.add(new Outcome(entry, job.id(), job.provider(), job.model(), null));
    }

    @Override
    public void rejected(int entry, String reason) {
        outcomes.add(new Outcome(entry, null, null, null, reason));
    }

    public List<Outcome> list() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }
}
