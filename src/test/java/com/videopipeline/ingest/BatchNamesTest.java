package com.videopipeline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BatchNamesTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:15:00Z");
    private final Set<String> taken = new HashSet<>();

    @Test
    void shouldNameABatchAfterItsFileAndArrivalTimeSafeAsAFolder() {
        assertThat(BatchNames.next("Spring Promo (v2).CSV", T0, taken::contains))
                .isEqualTo("spring-promo-v2-csv-20261124-101500");
        assertThat(BatchNames.next("../../etc/passwd", T0, taken::contains)).isEqualTo("etc-passwd-20261124-101500");
    }

    @Test
    void shouldNeverGiveTwoFilesArrivingTogetherTheSameBatch() {
        String first = BatchNames.next("a b.csv", T0, taken::contains);
        taken.add(first);

        String second = BatchNames.next("a_b.csv", T0, taken::contains);

        assertThat(second).isNotEqualTo(first).isEqualTo(first + "-2");
    }
}
