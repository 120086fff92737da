package com.videopipeline.ops;

import com.videopipeline.s3.S3BucketProbe;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;

/**
 * The S3 delivery target's health, from HeadBucket on every configured bucket at most once per
 * pipeline.ops.probe-every: UP when all answer, OUT_OF_SERVICE when one cannot be reached (uploads are retried),
 * DOWN when one is missing or refuses our credentials. UNKNOWN while delivery to S3 is off.
 */
final class BucketsIndicator implements HealthIndicator {

    private final S3BucketProbe probe;
    private final CachedValue<List<S3BucketProbe.Check>> checks;

    BucketsIndicator(S3BucketProbe probe, OpsProperties props, Clock clock) {
        this.probe = probe;
        this.checks = new CachedValue<>(props.probeEvery(), clock, () -> probe.check(props.probeTimeout()));
    }

    @Override
    public Health health() {
        if (!probe.enabled()) {
            return Health.unknown().withDetail("reason", "delivery to S3 is off (pipeline.delivery.s3.enabled)")
                    .build();
        }
        List<S3BucketProbe.Check> found = checks.get();
        Map<String, String> buckets = new LinkedHashMap<>();
        found.forEach(check -> buckets.put(check.bucket(), check.reason()));
        return Health.status(worst(found)).withDetail("buckets", buckets)
                .withDetail("probedAt", checks.readAt().toString()).build();
    }

    private static Status worst(List<S3BucketProbe.Check> found) {
        if (found.stream().anyMatch(c -> c.reach() == S3BucketProbe.Reach.REFUSED)) {
            return Status.DOWN;
        }
        return found.stream().anyMatch(c -> c.reach() == S3BucketProbe.Reach.FAILING) ? Status.OUT_OF_SERVICE
                : Status.UP;
    }
}
