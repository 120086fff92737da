package com.videopipeline.simulator;

import java.time.Clock;
import java.util.EnumSet;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns both providers' fault injectors: the settings in force, replaceable at run time, and the configured ones a
 * reset returns to. Without a configured seed one is chosen once and logged, so even such a run can be replayed.
 */
final class FaultControl {

    private static final Logger log = LoggerFactory.getLogger(FaultControl.class);
    /** Random seeds stay below 2^53, so they survive any JSON parser exactly when copied back into a PUT. */
    private static final long SEED_BOUND = 1L << 53;
    /** Keeps the two providers' random sequences apart under one seed. */
    private static final long RUNWAY_SEED_SALT = 0x9E3779B97F4A7C15L;

    private final FaultSettings configured;
    private final HeldRequests held = new HeldRequests();
    private final FaultInjector openAi;
    private final FaultInjector runway;
    private volatile FaultSettings current;

    FaultControl(FaultSettings configured, StatsCounter openAiStats, StatsCounter runwayStats, Clock clock) {
        this.configured = configured.seed() != null ? configured
                : configured.withSeed(ThreadLocalRandom.current().nextLong(SEED_BOUND));
        // OpenAI content downloads are API calls; Runway's outputs come from signed links outside its API
        this.openAi = new FaultInjector(new OpenAiFaultAnswers(), openAiStats, new RequestLimits(clock), held,
                EnumSet.allOf(ApiCall.class));
        this.runway = new FaultInjector(new RunwayFaultAnswers(), runwayStats, new RequestLimits(clock), held,
                EnumSet.complementOf(EnumSet.of(ApiCall.DOWNLOAD)));
        apply(this.configured);
        if (this.configured.active()) {
            log.info("Provider simulator fault injection is on (seed {}): {}", this.configured.seed(), this.configured);
        }
    }

    FaultInjector openAi() {
        return openAi;
    }

    FaultInjector runway() {
        return runway;
    }

    /** The settings in force, with the seed in use. */
    FaultSettings settings() {
        return current;
    }

    /** Puts new settings in force; without a seed the current one is kept. Both random sequences restart. */
    synchronized void replace(FaultSettings settings) {
        apply(settings.seed() != null ? settings : settings.withSeed(current.seed()));
        log.info("Provider simulator faults replaced (seed {}): {}", current.seed(), current);
    }

    /** Back to the configured settings and seed, with held requests released and limit counts cleared. */
    synchronized void reset() {
        held.releaseAll();
        openAi.clearLimits();
        runway.clearLimits();
        apply(configured);
    }

    /** Lets requests be held again after a stop. */
    void open() {
        held.open();
    }

    /** Releases held requests and refuses new holds, so stopping never waits behind a fault. */
    void close() {
        held.close();
    }

    private void apply(FaultSettings settings) {
        current = settings;
        openAi.configure(settings.openai(), settings.seed());
        runway.configure(settings.runway(), settings.seed() ^ RUNWAY_SEED_SALT);
    }
}
