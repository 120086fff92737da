package com.videopipeline.job;

import java.nio.file.Path;

/**
 * A target that owes a batch something once its manifest is written. complete-batch calls each by name; the
 * start-up repair of a manifest, which does not pass through that route, calls every implementation.
 */
public interface BatchCompletion {

    /** The batch's manifest is written ({@code manifest} null: the batch made no job). */
    void batchCompleted(Batch batch, Path manifest);
}
