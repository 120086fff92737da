package com.videopipeline.simulator;

import java.time.Duration;

/**
 * The injected fate of one job, decided when it is created.
 *
 * @param failCode    non-null: the job ends failed with this code
 * @param neverFinish the job stays in progress for ever
 * @param corrupt     the output is not an MP4
 * @param outputTtl   non-null: the output expires after this instead of the configured TTL
 */
record JobFaultPlan(String failCode, boolean neverFinish, boolean corrupt, Duration outputTtl) {

    static final JobFaultPlan NONE = new JobFaultPlan(null, false, false, null);
}
