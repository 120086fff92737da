package com.videopipeline.campaign;

import static com.videopipeline.campaign.CampaignFiles.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignCatchUpTest {

    /** Every Monday 09:00 Paris (08:00Z in November); NOW is Tuesday 2026-11-24 10:00Z. */
    private static final String WEEKLY = CampaignFiles.SPRING_SALE;
    private static final Instant TWO_WEEKS_AGO = Instant.parse("2026-11-09T08:00:00Z");
    private static final Instant LATEST_MISSED = Instant.parse("2026-11-23T08:00:00Z");

    private final FakeCampaignLedger ledger = new FakeCampaignLedger();
    private final CampaignCatchUp catchUp = new CampaignCatchUp(ledger, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void shouldFireOnceForTheLatestMissedFiringWithPolicyFireOnce() {
        ledger.record("spring-sale", TWO_WEEKS_AGO, FiringState.FIRED, "b1");

        List<DueFiring> due = catchUp.afterStart(campaign("fire-once"));

        assertThat(due).containsExactly(new DueFiring("spring-sale", Date.from(LATEST_MISSED)));
    }

    @Test
    void shouldRecordMissedFiringsAsSkippedWithPolicySkip() {
        ledger.record("spring-sale", TWO_WEEKS_AGO, FiringState.FIRED, "b1");

        List<DueFiring> due = catchUp.afterStart(campaign("skip"));

        assertThat(due).isEmpty();
        assertThat(ledger.rows.get("spring-sale")).isEqualTo(new LastFiring(LATEST_MISSED, FiringState.SKIPPED, null));
    }

    @Test
    void shouldMissNothingForACampaignSeenForTheFirstTime() {
        List<DueFiring> due = catchUp.afterStart(campaign("fire-once"));

        assertThat(due).isEmpty();
        assertThat(ledger.rows.get("spring-sale")).isEqualTo(new LastFiring(NOW, FiringState.WATCHING, null));
    }

    @Test
    void shouldMissNothingForACampaignLastSeenDisabled() {
        ledger.reset("spring-sale", TWO_WEEKS_AGO, FiringState.DISABLED);

        assertThat(catchUp.afterStart(campaign("fire-once"))).isEmpty();
        assertThat(ledger.rows.get("spring-sale").state()).isEqualTo(FiringState.WATCHING);
    }

    @Test
    void shouldResumeAnInterruptedFiringBeforeCatchingUp() {
        ledger.record("spring-sale", TWO_WEEKS_AGO, FiringState.STARTED, null);

        List<DueFiring> due = catchUp.afterStart(campaign("fire-once"));

        assertThat(due).containsExactly(new DueFiring("spring-sale", Date.from(TWO_WEEKS_AGO)),
                new DueFiring("spring-sale", Date.from(LATEST_MISSED)));
    }

    @Test
    void shouldFindNothingMissedWhenTheLastFiringWasTheLatestScheduled() {
        ledger.record("spring-sale", LATEST_MISSED, FiringState.FIRED, "b2");

        assertThat(catchUp.afterStart(campaign("fire-once"))).isEmpty();
    }

    @Test
    void shouldStopTheClockOfADisabledCampaign() {
        ledger.record("spring-sale", TWO_WEEKS_AGO, FiringState.FIRED, "b1");

        List<DueFiring> due = catchUp.afterStart(CampaignFiles.read(WEEKLY.replace("enabled: true", "enabled: false")));

        assertThat(due).isEmpty();
        assertThat(ledger.rows.get("spring-sale")).isEqualTo(new LastFiring(NOW, FiringState.DISABLED, null));
    }

    private static Campaign campaign(String misfire) {
        return CampaignFiles.read(WEEKLY.replace("misfire: skip", "misfire: " + misfire));
    }
}
