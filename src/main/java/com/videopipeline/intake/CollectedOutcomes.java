package com.videopipeline.intake;

import com.videopipeline.job.VideoJob;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** Outcomes kept in memory, for sources that answer their requester: the REST API, a queue reply. */
public final class CollectedOutcomes implements EntryOutcomes {

    /** One entry's outcome: the job it became, or why it was refused (and, where it concerns fields, per field). */
    public record Outcome(int entry, String jobId, String provider, String model, String rejection,
                          Map<String, List<String>> problems) {

        public boolean accepted() {
            return rejection == null;
        }
    }

    private final List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void accepted(int entry, VideoJob job) {
        outcomes.add(new Outcome(entry, job.id(), job.provider(), job.model(), null, Map.of()));
    }

    @Override
    public void rejected(int entry, String reason) {
        rejected(entry, reason, Map.of());
    }

    @Override
    public void rejected(int entry, String reason, Map<String, List<String>> problems) {
        outcomes.add(new Outcome(entry, null, null, null, reason, problems));
    }

    public List<Outcome> list() {
        synchronized (outcomes) {
            return List.copyOf(outcomes);
        }
    }
}
