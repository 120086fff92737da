package com.videopipeline.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class MissedFiringsTest {

    private static final CampaignSchedule DAILY_NINE_PARIS =
            new CampaignSchedule("0 0 9 * * ?", ZoneId.of("Europe/Paris"), Misfire.FIRE_ONCE);

    @Test
    void shouldFindNothingWhenTheNextFiringIsStillAhead() {
        MissedFirings missed = MissedFirings.between(DAILY_NINE_PARIS, Instant.parse("2026-11-24T08:00:00Z"),
                Instant.parse("2026-11-24T07:59:00Z").plusSeconds(120));

        assertThat(missed.any()).isFalse();
        assertThat(missed.latest()).isNull();
    }

    @Test
    void shouldCountTheFiringsAfterTheLastOneAndNameTheLatest() {
        MissedFirings missed = MissedFirings.between(DAILY_NINE_PARIS, Instant.parse("2026-11-20T08:00:00Z"),
                Instant.parse("2026-11-24T10:00:00Z"));

        assertThat(missed.count()).isEqualTo(4);
        assertThat(missed.latest()).isEqualTo(Instant.parse("2026-11-24T08:00:00Z"));
    }

    @Test
    void shouldReadTheScheduleInItsZoneAcrossTheSpringDaylightSavingChange() {
        // Paris moves from UTC+1 to UTC+2 on 2026-03-29: 09:00 there is 08:00Z before and 07:00Z after
        MissedFirings missed = MissedFirings.between(DAILY_NINE_PARIS, Instant.parse("2026-03-28T08:00:00Z"),
                Instant.parse("2026-03-30T12:00:00Z"));

        assertThat(missed.count()).isEqualTo(2);
        assertThat(missed.latest()).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    @Test
    void shouldStopCountingAtTheLimitButStillFindTheLatest() {
        CampaignSchedule everySecond = new CampaignSchedule("* * * * * ?", ZoneOffset.UTC, Misfire.SKIP);

        MissedFirings missed = MissedFirings.between(everySecond, Instant.parse("2026-11-20T00:00:00Z"),
                Instant.parse("2026-11-24T10:00:00.500Z"));

        assertThat(missed.countCapped()).isTrue();
        assertThat(missed.describeCount()).isEqualTo("more than 1000");
        assertThat(missed.latest()).isEqualTo(Instant.parse("2026-11-24T10:00:00Z"));
    }
}
