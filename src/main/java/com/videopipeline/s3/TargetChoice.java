package com.videopipeline.s3;

import com.videopipeline.campaign.CampaignRegistry;
import com.videopipeline.job.Batch;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Which targets a batch goes to. The outbox always (it is where every other target uploads from); S3 when enabled,
 * and, for a campaign's batch, only if the campaign file lists {@code s3} under {@code targets}. Decided when the
 * batch's first video is delivered and kept in the ledger's rows from then on, so a campaign file edited while its
 * batch runs does not split the batch between targets.
 */
@Component
class TargetChoice {

    static final String OUTBOX = "outbox";

    private final S3Properties props;
    private final TargetLedger ledger;
    private final CampaignRegistry campaigns;

    TargetChoice(S3Properties props, TargetLedger ledger, CampaignRegistry campaigns) {
        this.props = props;
        this.ledger = ledger;
        this.campaigns = campaigns;
    }

    /** The batch's targets, outbox first: those already recorded for it, else those chosen now. */
    List<String> targetsFor(Batch batch) {
        if (!props.enabled()) {
            return List.of(OUTBOX);
        }
        List<String> recorded = ledger.jobTargets(batch.id());
        if (recorded.isEmpty()) {
            return wantsS3(batch) ? List.of(OUTBOX, S3Delivery.TARGET) : List.of(OUTBOX);
        }
        List<String> targets = new ArrayList<>(List.of(OUTBOX));
        recorded.stream().filter(t -> !t.equals(OUTBOX)).forEach(targets::add);
        return List.copyOf(targets);
    }

    /** A campaign says so in its file (its file gone: the global setting, as for other origins); others always. */
    private boolean wantsS3(Batch batch) {
        if (batch.campaign() == null) {
            return true;
        }
        return campaigns.find(batch.campaign()).map(c -> c.targets().contains(S3Delivery.TARGET)).orElse(true);
    }
}
