package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A claim admits a job only while both its provider's and its model's concurrency limits have room. */
class SlotBudgetTest {

    private final ProviderLimits limits = TestLimits.runway(Map.of("max-concurrent-jobs", "3",
            "models.[gen4.5].max-concurrent-jobs", "2"));

    @Test
    void shouldStopAdmittingAModelAtItsOwnLimitWhileTheProviderHasRoom() {
        SlotBudget slots = new SlotBudget(limits, () -> Map.of("runway/gen4.5", 1));
        VideoJob gen45 = Jobs.runwayJob("b", "a");

        assertThat(slots.fits(gen45)).isTrue();
        slots.take(gen45);

        assertThat(slots.fits(Jobs.runwayJob("b", "b"))).as("gen4.5 is at its limit of 2").isFalse();
        assertThat(slots.fits(turbo("c"))).as("the provider still has one of 3 free").isTrue();
    }

    @Test
    void shouldStopAdmittingEveryModelAtTheProviderLimit() {
        SlotBudget slots = new SlotBudget(limits, () -> new HashMap<>(Map.of("runway/gen4.5", 1, "runway/gen4_turbo", 1)));
        slots.take(turbo("x"));

        assertThat(slots.fits(turbo("y"))).as("a model without a limit of its own").isFalse();
        assertThat(slots.fits(Jobs.runwayJob("b", "z"))).isFalse();
    }

    @Test
    void shouldReadTheCountsOnceAndOnlyWhenFirstAsked() {
        AtomicInteger reads = new AtomicInteger();
        SlotBudget slots = new SlotBudget(limits, () -> {
            reads.incrementAndGet();
            return Map.of();
        });
        assertThat(reads).hasValue(0);

        slots.fits(turbo("a"));
        slots.take(turbo("a"));
        slots.fits(turbo("b"));

        assertThat(reads).hasValue(1);
    }

    private static VideoJob turbo(String id) {
        VideoJob job = Jobs.runwayJob("b", id);
        job.reroute("runway", "gen4_turbo", null);
        return job;
    }
}
