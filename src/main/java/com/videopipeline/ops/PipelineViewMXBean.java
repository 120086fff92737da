package com.videopipeline.ops;

import java.util.List;
import java.util.Map;

/**
 * The pipeline at a glance in JMX ({@code com.videopipeline:type=Pipeline}, beside Camel's MBeans in the console):
 * read-only. Job counts come from the ledger, at most pipeline.ops.ledger-every old.
 */
public interface PipelineViewMXBean {

    /** Jobs holding a slot at each provider (submitting, submitted, running). */
    Map<String, Integer> getInFlightByProvider();

    /** Each enabled provider's max-concurrent-jobs, to read the in-flight counts against. */
    Map<String, Integer> getMaxConcurrentByProvider();

    /** Each enabled provider's circuit: CLOSED, OPEN (resting) or HALF_OPEN (trial calls). */
    Map<String, String> getCircuitStates();

    /** Jobs waiting to be submitted. */
    int getQueuedJobs();

    /** Jobs whose submit may or may not have reached the provider, held for an operator. */
    int getUncertainJobs();

    /** Jobs their budget could not pay for, held until a replay. */
    int getHeldJobs();

    /** Jobs per state over the whole ledger; states without jobs are left out. */
    Map<String, Integer> getJobsByState();

    /** One progress line per open batch, oldest first, as the log prints them. */
    List<String> getOpenBatches();

    /** Each open batch with a budget: what it spent and reserved of its limit, held and downgraded jobs. */
    Map<String, String> getOpenBatchBudgets();
}
