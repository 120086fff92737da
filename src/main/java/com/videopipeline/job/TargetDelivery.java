package com.videopipeline.job;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One job's delivery to one target (outbox, s3) as its sidecar and the manifest list it: {@code state} PENDING,
 * DELIVERED or FAILED; {@code location} where it landed (an outbox path, {@code s3://bucket/key}); {@code error} the
 * last failed attempt's reason.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TargetDelivery(String target, String location, String state, Integer attempts, String error) {

    /** Owed but not yet attempted, as a sidecar written before the upload shows it. */
    public static TargetDelivery pending(String target) {
        return new TargetDelivery(target, null, "PENDING", 0, null);
    }
}
