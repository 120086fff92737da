package com.videopipeline.moderation;

import com.videopipeline.moderation.ModerationScoreLedger.Scored;
import java.time.Clock;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Which kept scores may stand in for a call to the moderation API: those younger than {@code cache-for} always,
 * those younger than {@code stale-for} only while the API cannot answer. A ledger that cannot be read or written
 * only costs a call (or, with the API down, the fallback): the check itself goes on.
 */
@Component
class ModerationScoreCache {

    private static final Logger LOG = LoggerFactory.getLogger(ModerationScoreCache.class);

    private final ModerationApiProperties props;
    private final ModerationScoreLedger ledger;
    private final Clock clock;

    ModerationScoreCache(ModerationApiProperties props, ModerationScoreLedger ledger, Clock clock) {
        this.props = props;
        this.ledger = ledger;
        this.clock = clock;
    }

    /** The text's scores younger than cache-for; empty when there are none or nothing is cached. */
    Optional<ModerationScores> fresh(String text) {
        return props.caches() ? find(text, props.cacheFor()).map(Scored::scores) : Optional.empty();
    }

    /** With the API unavailable ({@code why}): the text's scores younger than stale-for, logged with their age. */
    Optional<ModerationScores> stale(String text, String entryId, String why) {
        if (!props.caches() || props.staleFor().isZero()) {
            return Optional.empty();
        }
        Optional<Scored> scored = find(text, props.staleFor());
        scored.ifPresent(s -> LOG.warn("moderation of {}: {}; judged by its scores of {} ago instead (stale-for {})",
                entryId, why, Duration.between(s.scoredAt(), clock.instant()).truncatedTo(ChronoUnit.SECONDS),
                props.staleFor()));
        return scored.map(Scored::scores);
    }

    /** Keeps what the API just answered for the text, unless nothing is cached. */
    void record(String text, ModerationScores scores) {
        if (!props.caches()) {
            return;
        }
        try {
            ledger.record(key(text), props.model(), scores);
        } catch (DataAccessException e) {
            LOG.warn("moderation scores not kept, the next check of the same prompt asks again: {}", e.getMessage());
        }
    }

    private Optional<Scored> find(String text, Duration maxAge) {
        try {
            return ledger.find(key(text), clock.instant().minus(maxAge));
        } catch (DataAccessException e) {
            LOG.warn("moderation scores not readable, judged without them: {}", e.getMessage());
            return Optional.empty();
        }
    }

    private String key(String text) {
        return ModerationScoreLedger.key(props.model(), text);
    }
}
