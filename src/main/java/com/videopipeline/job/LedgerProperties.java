package com.videopipeline.job;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The job ledger. The database itself is Spring's {@code spring.datasource}; these are the ledger's own rules.
 *
 * @param lease          how long a stage may hold a job before another may take it (longer than any download)
 * @param singleInstance at start-up, free all leases at once: with one instance none can belong to a live process
 * @param uncertainSubmits what to do with a job caught mid-submit whose provider job cannot be found:
 *                       {@code hold} (default: UNCERTAIN, for an operator) or {@code resubmit} (may pay twice)
 */
@Validated
@ConfigurationProperties("pipeline.ledger")
public record LedgerProperties(
        @DefaultValue("15m") @NotNull Duration lease,
        @DefaultValue("true") boolean singleInstance,
        @DefaultValue("hold") @NotNull UncertainPolicy uncertainSubmits) {

    /** The choice for submits that may or may not have reached the provider. */
    public enum UncertainPolicy { HOLD, RESUBMIT }
}
