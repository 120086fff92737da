package com.videopipeline.campaign;

import java.time.Instant;
import java.util.Date;

/**
 * A firing to make now for a time already past: one missed while the service was down, or one a stopped run had
 * begun. {@code scheduledFireTime} is a {@link Date} because that is what Quartz puts in the header of the same name.
 */
public record DueFiring(String campaign, Date scheduledFireTime) {

    static DueFiring of(String campaign, Instant scheduled) {
        return new DueFiring(campaign, Date.from(scheduled));
    }
}
