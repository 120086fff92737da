package com.videopipeline.simulator;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What goes wrong with generation jobs and their outputs; probabilities 0..1, decided when a job is created except
 * {@code truncatedDownload}, decided per download (a broken transfer is transient, a bad file is not). A prompt
 * hook ({@code [sim:fail=...]} etc.) still wins over these.
 *
 * @param failed            failure code to probability: the job ends failed with that code (Runway
 *                          {@code failureCode} e.g. {@code SAFETY.INPUT.TEXT}, OpenAI {@code error.code} e.g.
 *                          {@code moderation_blocked}); the codes exclude each other, so they add up to 1 at most
 * @param neverFinish       the job stays in progress for ever
 * @param corruptDownload   the output has its full declared length but is not an MP4
 * @param truncatedDownload a download declares the full length, sends half, then drops the connection
 * @param earlyExpiry       the output expires {@code earlyExpiryTtl} (default 2 s) after completion (OpenAI) or
 *                          after the URL is handed out (Runway) instead of the configured output TTL
 */
public record JobFaults(Map<String, Double> failed, double neverFinish, double corruptDownload,
                        double truncatedDownload, double earlyExpiry, Duration earlyExpiryTtl) {

    public JobFaults {
        failed = sortedCodes(failed);
        FaultRules.requireProbability("never-finish", neverFinish);
        FaultRules.requireProbability("corrupt-download", corruptDownload);
        FaultRules.requireProbability("truncated-download", truncatedDownload);
        FaultRules.requireProbability("early-expiry", earlyExpiry);
        earlyExpiryTtl = FaultRules.duration("early-expiry-ttl", earlyExpiryTtl, Duration.ofSeconds(2));
    }

    public static JobFaults none() {
        return new JobFaults(Map.of(), 0, 0, 0, 0, null);
    }

    /** Sorted by code, so a seeded run draws the codes in the same order on every JVM. */
    private static Map<String, Double> sortedCodes(Map<String, Double> failed) {
        Map<String, Double> sorted = new TreeMap<>();
        if (failed != null) {
            failed.forEach((code, probability) -> {
                if (code == null || code.isBlank()) {
                    throw new IllegalArgumentException("failed: a failure code must not be blank");
                }
                FaultRules.requireProbability("failed." + code, probability == null ? -1 : probability);
                sorted.put(code, probability);
            });
        }
        FaultRules.requireTotalAtMostOne("failed codes",
                sorted.values().stream().mapToDouble(Double::doubleValue).toArray());
        return Collections.unmodifiableMap(sorted);
    }
}
