package com.videopipeline.job;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A video a provider made, and was paid for, that failed verification: kept in the job's history so the money and
 * the provider job stay accountable after the job moved on or ended.
 *
 * @param providerJobId the provider's id of the generation that made it
 * @param sha256        of the downloaded file
 * @param reason        why verification refused it
 * @param costUsd       what the provider billed, estimated; null when the model has no price
 * @param fallbackTo    {@code provider/model} the job was sent to instead, null when it was not sent anywhere
 */
public record DiscardedVideo(Instant at, String provider, String model, String providerJobId, String sha256,
                             String reason, BigDecimal costUsd, String fallbackTo) {
}
