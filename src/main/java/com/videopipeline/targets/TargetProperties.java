package com.videopipeline.targets;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.validation.annotation.Validated;

/**
 * Where batches go when neither their submission nor their campaign file says: per origin, else the default. These
 * are offers, not demands: a target switched off here is simply left out (a request or submission that names one
 * explicitly is refused instead).
 *
 * @param byDefault {@code pipeline.delivery.targets.default}: every batch without a more specific choice
 * @param byOrigin  per batch origin (folder, queue, api, campaign); wins over the default
 */
@Validated
@ConfigurationProperties("pipeline.delivery.targets")
public record TargetProperties(
        @Name("default") @DefaultValue({"outbox", "s3", "email"}) List<String> byDefault,
        @DefaultValue Map<String, List<String>> byOrigin) {

    public TargetProperties {
        check("default", byDefault);
        byOrigin.forEach((origin, targets) -> check("by-origin." + origin, targets));
    }

    /** The origin's targets, else the default; not yet filtered by what is switched on. */
    List<String> forOrigin(String origin) {
        List<String> chosen = origin == null ? null : byOrigin.get(origin);
        return chosen == null ? byDefault : chosen;
    }

    private static void check(String key, List<String> targets) {
        for (String target : targets) {
            if (!Targets.KNOWN.contains(target)) {
                throw new IllegalArgumentException("pipeline.delivery.targets." + key + ": unknown target '" + target
                        + "' (known: " + String.join(", ", Targets.KNOWN) + ")");
            }
        }
    }
}
