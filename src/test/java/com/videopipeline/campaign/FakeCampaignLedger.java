package com.videopipeline.campaign;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The ledger's campaign rows in memory, with the same rule that a recorded firing never moves the clock back. */
class FakeCampaignLedger extends CampaignLedger {

    final Map<String, LastFiring> rows = new HashMap<>();

    FakeCampaignLedger() {
        super(null, null);
    }

    @Override
    Optional<LastFiring> last(String campaign) {
        return Optional.ofNullable(rows.get(campaign));
    }

    @Override
    void record(String campaign, Instant scheduledAt, FiringState state, String batchId) {
        LastFiring row = rows.get(campaign);
        if (row == null || !row.scheduledAt().isAfter(scheduledAt)) {
            rows.put(campaign, new LastFiring(scheduledAt, state, batchId));
        }
    }

    @Override
    void reset(String campaign, Instant at, FiringState state) {
        rows.put(campaign, new LastFiring(at, state, null));
    }
}
