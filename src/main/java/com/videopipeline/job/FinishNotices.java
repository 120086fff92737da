package com.videopipeline.job;

import java.time.Duration;
import java.util.Optional;

/**
 * Providers that announce finished jobs themselves (webhooks). Their jobs need no regular status polls: a poll is
 * made when the announcement comes, and polling stays only as a reconciling backup for announcements that never
 * arrive, at a much longer interval, or not at all.
 */
public interface FinishNotices {

    /** No provider announces anything: every provider is polled at its own pace. */
    FinishNotices NONE = new FinishNotices() {
        @Override
        public boolean announces(String provider) {
            return false;
        }

        @Override
        public Optional<Duration> backupPollInterval(String provider) {
            return Optional.empty();
        }
    };

    /** Whether finished jobs of {@code provider} are announced to us. */
    boolean announces(String provider);

    /** How often an announcing provider's jobs are polled as a backup; empty: never (only at the job's deadline). */
    Optional<Duration> backupPollInterval(String provider);
}
