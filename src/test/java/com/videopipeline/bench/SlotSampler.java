package com.videopipeline.bench;

import com.videopipeline.job.JobStore;
import com.videopipeline.job.VideoJob;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

/**
 * Optional ({@code -Dbench.sample-ms=N}): asks the ledger every N ms how many jobs it counts at the provider
 * ({@link JobStore#countAtProvider}, what the submit stage subtracts from the limit) and afterwards compares each
 * sample with the jobs the ledger's own timestamps show were certainly there at that moment (submitted more than a
 * margin before, finish seen more than a margin after). A sample below that is a slot the submit stage would have
 * handed out twice.
 */
final class SlotSampler implements Runnable {

    private static final Duration MARGIN = Duration.ofMillis(20);

    private final JobStore store;
    private final String provider;
    private final long periodMillis;
    private final List<Instant> at = new ArrayList<>();
    private final List<Integer> counted = new ArrayList<>();
    private final IntSupplier submitTicksInFlight;
    private int maxSubmitTicksInFlight;
    private ScheduledExecutorService timer;

    /** {@code submitTicksInFlight}: exchanges of the submit-jobs route in flight (more than 1: ticks overlap). */
    SlotSampler(JobStore store, String provider, long periodMillis, IntSupplier submitTicksInFlight) {
        this.submitTicksInFlight = submitTicksInFlight;
        this.store = store;
        this.provider = provider;
        this.periodMillis = periodMillis;
    }

    /** Samples every {@code periodMillis} on its own scheduler thread until {@link #stop}. */
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "slot-sampler");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this, 0, periodMillis, TimeUnit.MILLISECONDS);
    }

    void stop() throws InterruptedException {
        timer.shutdown();
        timer.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Override
    public void run() {
        Instant before = Instant.now();
        int n = store.countAtProvider(provider);
        int ticks = submitTicksInFlight.getAsInt();
        synchronized (this) {
            maxSubmitTicksInFlight = Math.max(maxSubmitTicksInFlight, ticks);
            at.add(before);
            counted.add(n);
        }
    }

    synchronized String report(List<VideoJob> jobs, int limit) {
        int max = 0;
        int under = 0;
        List<String> examples = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            Instant t = at.get(i);
            int n = counted.get(i);
            max = Math.max(max, n);
            List<String> certain = new ArrayList<>();
            for (VideoJob j : jobs) {
                Instant submitted = j.timeline().submitted();
                Instant finished = j.timeline().providerFinished();
                if (submitted != null && finished != null && submitted.plus(MARGIN).isBefore(t)
                        && finished.minus(MARGIN).isAfter(t)) {
                    certain.add(j.id() + " " + j.state());
                }
            }
            if (n < certain.size()) {
                under++;
                if (examples.size() < 5) {
                    examples.add(String.format(Locale.ROOT, "    at %s the ledger counted %d at the provider, but %d "
                            + "were there: %s", t, n, certain.size(), certain));
                }
            }
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "ledger count at provider sampled every "
                + "%d ms: %d samples, max %d (limit %d), samples below the jobs certainly there: %d; submit-jobs "
                + "ticks in flight at once: up to %d%n", periodMillis, at.size(), max, limit, under,
                maxSubmitTicksInFlight));
        examples.forEach(e -> out.append(e).append('\n'));
        return out.toString();
    }
}
