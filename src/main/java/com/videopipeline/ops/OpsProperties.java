package com.videopipeline.ops;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the health checks and the ledger gauges spare what they watch ({@code pipeline.ops.*}).
 *
 * @param probeTimeout how long one reachability probe (a provider's cheapest read, S3 HeadBucket) may take
 * @param probeEvery   a probe's answer is reused this long: health checks never call a provider more often
 * @param ledgerEvery  the job counts of the metrics and the JMX view are read from the ledger at most this often
 */
@Validated
@ConfigurationProperties("pipeline.ops")
record OpsProperties(
        @DefaultValue("5s") @NotNull Duration probeTimeout,
        @DefaultValue("30s") @NotNull Duration probeEvery,
        @DefaultValue("5s") @NotNull Duration ledgerEvery) {
}
