package com.videopipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.job.BatchTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BatchNamesTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:15:00Z");
    private final BatchTracker tracker = new BatchTracker(Clock.fixed(T0, ZoneOffset.UTC));
    private final BatchNames names = new BatchNames(tracker);

    @Test
    void shouldNameABatchAfterItsFileAndArrivalTimeSafeAsAFolder() {
        assertThat(names.next("Spring Promo (v2).CSV", T0)).isEqualTo("spring-promo-v2-csv-20261124-101500");
        assertThat(names.next("../../etc/passwd", T0)).isEqualTo("etc-passwd-20261124-101500");
    }

    @Test
    void shouldNeverGiveTwoFilesArrivingTogetherTheSameBatch() {
        String first = names.next("a b.csv", T0);
        tracker.open(first, "a b.csv");

        String second = names.next("a_b.csv", T0);

        assertThat(second).isNotEqualTo(first).isEqualTo(first + "-2");
    }
}
