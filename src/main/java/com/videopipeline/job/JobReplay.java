package com.videopipeline.job;

import com.videopipeline.provider.ProviderPhase;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * An operator's replay of the jobs of a batch that ended without a video. Nothing is paid twice by accident: a job
 * whose provider job succeeded goes back to downloading it; only jobs the provider never made (refused, failed, or
 * held UNCERTAIN after the operator checked the provider) are submitted again. The batch reopens, and its manifest is
 * written again when the replayed jobs end.
 */
@Component
public class JobReplay {

    private static final Logger LOG = LoggerFactory.getLogger(JobReplay.class);
    // HELD: its budget is checked again on submit, so a raised budget (or money released since) lets it go
    private static final Set<JobState> REPLAYABLE = Set.of(JobState.FAILED, JobState.EXPIRED, JobState.UNCERTAIN,
            JobState.HELD);

    private final JobStore store;
    private final BatchTracker batches;
    private final Clock clock;

    JobReplay(JobStore store, BatchTracker batches, Clock clock) {
        this.store = store;
        this.batches = batches;
        this.clock = clock;
    }

    /** Replays the batch's ended-without-video jobs; returns the keys of the jobs put back to work. */
    public List<String> replay(String batchId) {
        return replay(batchId, REPLAYABLE);
    }

    /** Replays only the batch's HELD jobs: its budget was changed, the failed ones are another decision. */
    public List<String> replayHeld(String batchId) {
        return replay(batchId, Set.of(JobState.HELD));
    }

    private synchronized List<String> replay(String batchId, Set<JobState> states) {
        List<VideoJob> ended = store.batch(batchId).stream().filter(j -> states.contains(j.state())).toList();
        if (ended.isEmpty()) {
            return List.of();
        }
        batches.reopen(batchId);
        for (VideoJob job : ended) {
            JobState target = providerMadeIt(job) ? JobState.DOWNLOADING : JobState.QUEUED;
            job.replay(target, clock.instant());
            store.save(job);
            LOG.info("{} replayed by an operator: {}", job, target == JobState.DOWNLOADING
                    ? "downloading the provider's video again" : "submitting again");
        }
        return ended.stream().map(VideoJob::key).toList();
    }

    private static boolean providerMadeIt(VideoJob job) {
        return job.state() == JobState.FAILED && job.providerJobId() != null && job.lastStatus() != null
                && job.lastStatus().phase() == ProviderPhase.SUCCEEDED;
    }
}
