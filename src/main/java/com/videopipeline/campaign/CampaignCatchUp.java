package com.videopipeline.campaign;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Decides, when a campaign is loaded, which past firings must still be made. Only the first load in a process can
 * find missed firings (while this process runs, Quartz fires on time and applies the misfire policy itself); a
 * campaign seen for the first time, or last seen disabled, has missed nothing.
 */
@Component
class CampaignCatchUp {

    private static final Logger LOG = LoggerFactory.getLogger(CampaignCatchUp.class);

    private final CampaignLedger ledger;
    private final Clock clock;

    CampaignCatchUp(CampaignLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** At start-up: an interrupted firing to resume, then the misfire policy applied to what was missed. */
    List<DueFiring> afterStart(Campaign campaign) {
        Optional<LastFiring> last = ledger.last(campaign.name());
        if (!campaign.enabled() || last.isEmpty() || !last.get().state().scheduleRan()) {
            whileRunning(campaign);
            return List.of();
        }
        List<DueFiring> due = new ArrayList<>();
        LastFiring previous = last.get();
        if (previous.state() == FiringState.STARTED) {
            LOG.info("campaign {}: the firing scheduled for {} was interrupted; resuming it", campaign.name(),
                    previous.scheduledAt());
            due.add(DueFiring.of(campaign.name(), previous.scheduledAt()));
        }
        missed(campaign, previous.scheduledAt()).ifPresent(due::add);
        return due;
    }

    /** A campaign loaded while this process runs: its clock starts now, or stops when it is disabled. */
    void whileRunning(Campaign campaign) {
        if (!campaign.enabled()) {
            ledger.reset(campaign.name(), clock.instant(), FiringState.DISABLED);
            return;
        }
        boolean watched = ledger.last(campaign.name()).map(l -> l.state().scheduleRan()).orElse(false);
        if (!watched) {
            ledger.reset(campaign.name(), clock.instant(), FiringState.WATCHING);
        }
    }

    /** Its file was removed: firings from now until it comes back are not missed ones. */
    void removed(String campaign) {
        ledger.reset(campaign, clock.instant(), FiringState.DISABLED);
    }

    private Optional<DueFiring> missed(Campaign campaign, Instant since) {
        MissedFirings missed = MissedFirings.between(campaign.schedule(), since, clock.instant());
        if (!missed.any()) {
            return Optional.empty();
        }
        String name = campaign.name();
        if (campaign.schedule().misfire() == Misfire.SKIP) {
            LOG.warn("campaign {}: {} firings missed while the service was down (since {}, latest {}); skipped, as"
                    + " its misfire policy says", name, missed.describeCount(), since, missed.latest());
            ledger.record(name, missed.latest(), FiringState.SKIPPED, null);
            return Optional.empty();
        }
        LOG.warn("campaign {}: {} firings missed while the service was down (since {}); firing once now for the"
                + " latest, {}", name, missed.describeCount(), since, missed.latest());
        return Optional.of(DueFiring.of(name, missed.latest()));
    }
}
