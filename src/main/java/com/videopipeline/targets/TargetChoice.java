package com.videopipeline.targets;

import com.videopipeline.campaign.CampaignRegistry;
import com.videopipeline.job.Batch;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.VideoJob;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Which targets a job and its batch go to. A job: its request's {@code targets} when it names any, else its batch's.
 * A batch: its submission's {@code targets} (REST API body, queue message), else its campaign file's, else
 * {@code pipeline.delivery.targets.by-origin.<origin>}, else {@code pipeline.delivery.targets.default}. The outbox
 * always, first: the other targets upload from it. Targets named in settings or campaign files that are switched
 * off are left out; named by a request or submission, they stay, so their delivery is recorded FAILED with the
 * reason (intake refuses them while they are off). A batch's choice is kept from when it is first made.
 */
@Component("targetChoice")
public class TargetChoice {

    private final TargetProperties props;
    private final TargetSwitches switches;
    private final BatchTargets chosen;
    private final TargetLedger ledger;
    private final CampaignRegistry campaigns;
    private final BatchTracker batches;

    TargetChoice(TargetProperties props, TargetSwitches switches, BatchTargets chosen, TargetLedger ledger,
                 CampaignRegistry campaigns, BatchTracker batches) {
        this.props = props;
        this.switches = switches;
        this.chosen = chosen;
        this.ledger = ledger;
        this.campaigns = campaigns;
        this.batches = batches;
    }

    /**
     * The targets that take the job's own files (outbox, s3), for deliver-video: its sidecar lists them before they
     * are recorded. Email is left out: the digest is the batch's, owed when the batch completes.
     */
    public List<String> forJobFiles(VideoJob job) {
        return forJob(job).stream().filter(t -> !Targets.EMAIL.equals(t)).toList();
    }

    /** The job's targets, outbox first. */
    List<String> forJob(VideoJob job) {
        // the batch's choice is made (and kept) at its first delivery even when this job's request decides alone,
        // so a batch with delivery rows always has its choice recorded
        List<String> batchTargets = batches.find(job.batchId()).map(this::forBatch).orElse(List.of(Targets.OUTBOX));
        return forRequest(job.request().options().targets(), batchTargets);
    }

    /** A job's targets from its request's own (as a manifest holds them) and its batch's. */
    public static List<String> forRequest(List<String> requested, List<String> batchTargets) {
        return requested == null || requested.isEmpty() ? batchTargets : Targets.withOutbox(requested);
    }

    /** The batch's targets, outbox first: as recorded, else decided now and recorded. */
    public List<String> forBatch(Batch batch) {
        Optional<BatchTargets.Choice> recorded = chosen.find(batch.id());
        if (recorded.isPresent()) {
            return recorded.get().targets();
        }
        // a batch that delivered before choices were kept here (before V11): what its rows say
        List<String> delivered = ledger.jobTargets(batch.id());
        if (!delivered.isEmpty()) {
            return chosen.record(batch.id(), Targets.withOutbox(delivered), BatchTargets.BY_ORIGIN).targets();
        }
        return decide(batch);
    }

    private List<String> decide(Batch batch) {
        List<String> fromCampaign = batch.campaign() == null ? null
                : campaigns.find(batch.campaign()).map(c -> c.targets()).orElse(null);
        String by = fromCampaign != null ? BatchTargets.BY_CAMPAIGN
                : props.byOrigin().containsKey(batch.origin()) ? BatchTargets.BY_ORIGIN : BatchTargets.BY_DEFAULT;
        List<String> offered = fromCampaign != null ? fromCampaign : props.forOrigin(batch.origin());
        List<String> on = offered.stream().filter(switches::enabled).toList();
        return chosen.record(batch.id(), Targets.withOutbox(on), by).targets();
    }
}
