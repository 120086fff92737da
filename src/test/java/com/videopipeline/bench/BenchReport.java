package com.videopipeline.bench;

import com.videopipeline.job.BatchStatus;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobTimeline;
import com.videopipeline.job.VideoJob;
import com.videopipeline.simulator.SimulatorStats;
import com.videopipeline.simulator.SimulatorStats.ProviderStats;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The figures of one run, and where the time went, from the ledger's per-job timestamps (accepted, submitting,
 * submitted, provider finished, downloaded, delivered), the simulator's counters and Camel's route counters.
 */
final class BenchReport {

    /** Simulator fault kinds that are answered with HTTP 429. */
    private static final List<String> KINDS_429 = List.of("rate-limit", "rate-limit-no-retry-after",
            "concurrency-limit", "requests-per-minute", "daily-quota");

    private final BenchSettings s;
    private final Map<String, String> pipelineSettings;
    private final SaturationBench.BatchRun run;
    private final List<VideoJob> jobs;
    private final BatchStatus status;
    private final SimulatorStats sim;
    private final Map<String, RouteStats> routes;
    private final Map<String, Instant> createdAt;
    private final LogCounter log;
    private final String loadBefore;
    private final String loadAfter;

    BenchReport(BenchSettings s, Map<String, String> pipelineSettings, SaturationBench.BatchRun run,
                List<VideoJob> jobs, BatchStatus status, SimulatorStats sim, Map<String, RouteStats> routes,
                Map<String, Instant> createdAt, LogCounter log, String loadBefore, String loadAfter) {
        this.s = s;
        this.pipelineSettings = pipelineSettings;
        this.run = run;
        this.jobs = jobs;
        this.status = status;
        this.sim = sim;
        this.routes = routes;
        this.createdAt = createdAt;
        this.log = log;
        this.loadBefore = loadBefore;
        this.loadAfter = loadAfter;
    }

    long delivered() {
        return jobs.stream().filter(j -> j.state() == JobState.DELIVERED).count();
    }

    /** Jobs asked for that did not end delivered (lines not even accepted count too). */
    long failures() {
        return s.jobs() - delivered();
    }

    double saturation() {
        return run.completed() ? ms(s.idealMakespan()) / ms(run.makespan()) : 0;
    }

    long sim429() {
        return count429(sim.runway()) + count429(sim.openai());
    }

    long retries() {
        return log.count("retry") + log.count("regeneration") + log.count("submit outcome unknown");
    }

    String render() {
        StringBuilder out = new StringBuilder();
        Instant manifestSeen = run.dropped().plus(run.makespan());
        Instant firstSubmit = min(JobTimeline::submitting);
        Instant lastFinished = max(JobTimeline::providerFinished);
        Instant lastDelivered = max(JobTimeline::delivered);
        long waves = (s.jobs() + s.concurrency() - 1) / s.concurrency();
        double ideal = ms(s.idealMakespan());
        double makespan = ms(run.makespan());

        line(out, "==== saturation benchmark ====");
        line(out, "N=%d  C=%d  T=%d ms  (provider %s, model %s, %d s videos at 1280x720; warm-up batch: %d jobs)",
                s.jobs(), s.concurrency(), s.generation().toMillis(), s.provider(), s.model(), s.seconds(),
                s.warmup());
        line(out, "pipeline: tick %d ms, %s poll-interval %d ms, finish-poll-interval %d ms, max-concurrent-jobs %d "
                + "(provider and model); simulator: max-concurrent-per-model %d", s.tickMillis(), s.provider(),
                s.pollMillis(), s.finishPollMillis(), s.concurrency(),
                s.concurrency());
        if (!s.extra().isEmpty()) {
            line(out, "extra settings: %s", s.extra());
        }
        line(out, "load average before / after: %s / %s; cpus: %d", loadBefore, loadAfter,
                Runtime.getRuntime().availableProcessors());
        line(out, "");
        if (!run.completed()) {
            line(out, "THE BATCH DID NOT COMPLETE within %.0f ms: the figures below are a lower bound", makespan);
        }
        line(out, "makespan (drop -> manifest)        %10.0f ms", makespan);
        line(out, "ideal makespan ceil(N/C)*T         %10.0f ms  (%d waves of %d ms)", ideal, waves,
                s.generation().toMillis());
        line(out, "saturation (ideal / actual)        %10.3f     target >= %.2f: %s", saturation(),
                BenchSettings.TARGET, saturation() >= BenchSettings.TARGET && failures() == 0 ? "MET" : "NOT MET");
        if (firstSubmit != null && lastDelivered != null) {
            double alt = ms(Duration.between(firstSubmit, lastDelivered));
            line(out, "  (first submit -> last delivery   %10.0f ms, saturation %.3f)", alt, ideal / alt);
        }
        line(out, "429s seen                          %10d     (simulator answered 429: %d; pipeline logged "
                + "RATE_LIMITED: %d)", Math.max(sim429(), log.count("429")), sim429(), log.count("429"));
        line(out, "runway tasks THROTTLED             %10d     (over the account's concurrency: queued at the "
                + "provider)", sim.runway().throttled());
        line(out, "retries                            %10d     (log: %s; extra submit attempts in ledger: %d)",
                retries(), log.counts(), extraSubmits());
        line(out, "failures (not delivered)           %10d     (delivered %d of %d; ledger: %s)", failures(),
                delivered(), s.jobs(), status == null ? "no batch" : status.progressLine());
        line(out, "");
        if (firstSubmit == null || lastFinished == null) {
            line(out, "no timeline: the batch did not run");
            return out.toString();
        }
        where(out, firstSubmit, lastFinished, manifestSeen, waves, ideal, makespan);
        perJob(out);
        concurrency(out, firstSubmit);
        routes(out, makespan);
        simulator(out);
        List<String> samples = log.samples();
        if (!samples.isEmpty()) {
            line(out, "first warnings:");
            samples.forEach(w -> line(out, "  %s", w));
        }
        line(out, "pipeline settings: %s", pipelineSettings);
        line(out, "");
        line(out, "RESULT n=%d c=%d t_ms=%d makespan_ms=%.0f ideal_ms=%.0f saturation=%.3f 429s=%d throttled=%d "
                        + "retries=%d failures=%d", s.jobs(), s.concurrency(), s.generation().toMillis(), makespan,
                ideal, saturation(), Math.max(sim429(), log.count("429")), sim.runway().throttled(), retries(),
                failures());
        return out.toString();
    }

    /** The makespan cut into before the first submit, the generation waves, and after the last generation. */
    private void where(StringBuilder out, Instant firstSubmit, Instant lastFinished, Instant manifestSeen, long waves,
                       double ideal, double makespan) {
        double head = ms(Duration.between(run.dropped(), firstSubmit));
        double body = ms(Duration.between(firstSubmit, lastFinished));
        double tail = ms(Duration.between(lastFinished, manifestSeen));
        line(out, "where the time went (makespan %.0f ms = head + body + tail):", makespan);
        line(out, "  head: drop -> first submit               %8.0f ms  (inbox poll + settle + first line read)", head);
        line(out, "  body: first submit -> last gen. seen     %8.0f ms  = ideal %.0f + overhead %.0f ms "
                + "(%.1f ms per wave over %d waves)", body, ideal, body - ideal, (body - ideal) / waves, waves);
        line(out, "  tail: last gen. seen -> manifest         %8.0f ms  (last downloads, verification, delivery, "
                + "manifest)", tail);
        line(out, "  lost to overhead: %.0f ms = %.1f%% of the makespan (head %.1f%%, body %.1f%%, tail %.1f%%)",
                makespan - ideal, 100 * (makespan - ideal) / makespan, 100 * head / makespan,
                100 * (body - ideal) / makespan, 100 * tail / makespan);
        line(out, "");
    }

    /** Per job: how long each step took, and how long a slot stood empty between one job and the next. */
    private void perJob(StringBuilder out) {
        double t = ms(s.generation());
        line(out, "per job (ms: mean / p50 / p95 / max):");
        line(out, "  %-52s %s", "submit call (submitting -> submitted)", summary(between(
                VideoJobTimes::submitting, VideoJobTimes::submitted, 0)));
        line(out, "  %-52s %s", "finish seen after T (submitted -> finished, - T)", summary(between(
                VideoJobTimes::submitted, VideoJobTimes::finished, t)));
        line(out, "  %-52s %s", "slot held beyond T (submitting -> finished, - T)", summary(between(
                VideoJobTimes::submitting, VideoJobTimes::finished, t)));
        line(out, "  %-52s %s", "slot refill (a finish seen -> next submit starts)", summary(refills()));
        line(out, "  %-52s %s", "download (finished -> downloaded)", summary(between(
                VideoJobTimes::finished, VideoJobTimes::downloaded, 0)));
        line(out, "  %-52s %s", "verify + deliver (downloaded -> delivered)", summary(between(
                VideoJobTimes::downloaded, VideoJobTimes::delivered, 0)));
        line(out, "  submit rounds: %d (ideal %d); status polls per job: %.2f", submitRounds(),
                (s.jobs() + s.concurrency() - 1) / s.concurrency(),
                (double) stats().statusPolls() / Math.max(1, jobs.size()));
        line(out, "");
    }

    /**
     * Did the pipeline stay within C? The ledger's view: a job holds a slot from its submit until its finish is seen.
     * The provider's view: a job created at {@code createdAt} runs until createdAt + T (THROTTLED ones later); a job
     * created while C others ran is over the limit. Up to three such jobs are shown with the jobs the provider still
     * counted, to tell a pipeline overshoot from a provider that frees its slots late.
     */
    private void concurrency(StringBuilder out, Instant origin) {
        List<Instant[]> held = new ArrayList<>();
        for (VideoJob j : jobs) {
            if (j.timeline().submitting() != null && j.timeline().providerFinished() != null) {
                held.add(new Instant[] {j.timeline().submitting(), j.timeline().providerFinished()});
            }
        }
        line(out, "concurrency: peak jobs held by the pipeline (ledger: submitting -> finish seen): %d (limit %d)",
                peak(held), s.concurrency());
        if (createdAt.isEmpty()) {
            line(out, "");
            return;
        }
        long t = s.generation().toMillis();
        List<VideoJob> overLimit = new ArrayList<>();
        int peakAtProvider = 0;
        for (VideoJob j : jobs) {
            Instant c = createdAt.get(j.key());
            if (c == null) {
                continue;
            }
            List<VideoJob> running = runningAt(c, j);
            peakAtProvider = Math.max(peakAtProvider, running.size() + 1);
            if (running.size() >= s.concurrency()) {
                overLimit.add(j);
            }
        }
        line(out, "  provider view (createdAt .. createdAt + T): peak %d; jobs created while %d others ran: %d",
                peakAtProvider, s.concurrency(), overLimit.size());
        for (VideoJob j : overLimit.stream().limit(3).toList()) {
            line(out, "  over the limit: %s submit started %+.0f ms, created %+.0f ms, finish seen %+.0f ms "
                    + "(relative to the first submit); the provider still ran:", j.id(), rel(origin,
                    j.timeline().submitting()), rel(origin, createdAt.get(j.key())),
                    rel(origin, j.timeline().providerFinished()));
            for (VideoJob r : runningAt(createdAt.get(j.key()), j)) {
                line(out, "    %s submit %+.0f, created %+.0f, provider done %+.0f, finish seen %+.0f",
                        r.id(), rel(origin, r.timeline().submitting()), rel(origin, createdAt.get(r.key())),
                        rel(origin, createdAt.get(r.key()).plusMillis(t)), rel(origin, r.timeline().providerFinished()));
            }
        }
        line(out, "");
    }

    /** Jobs other than {@code self} the provider was running at {@code at}, if each started at its creation. */
    private List<VideoJob> runningAt(Instant at, VideoJob self) {
        long t = s.generation().toMillis();
        return jobs.stream().filter(i -> i != self && createdAt.containsKey(i.key()))
                .filter(i -> !createdAt.get(i.key()).isAfter(at) && createdAt.get(i.key()).plusMillis(t).isAfter(at))
                .toList();
    }

    private static int peak(List<Instant[]> intervals) {
        List<long[]> events = new ArrayList<>();
        for (Instant[] i : intervals) {
            events.add(new long[] {i[0].toEpochMilli() * 1000 + i[0].getNano() / 1000 % 1000, 1});
            events.add(new long[] {i[1].toEpochMilli() * 1000 + i[1].getNano() / 1000 % 1000, -1});
        }
        // at equal times a finish is counted before a start
        events.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
        int current = 0;
        int peak = 0;
        for (long[] e : events) {
            current += (int) e[1];
            peak = Math.max(peak, current);
        }
        return peak;
    }

    private static double rel(Instant origin, Instant at) {
        return at == null ? Double.NaN : ms(Duration.between(origin, at));
    }

    private void routes(StringBuilder out, double makespan) {
        line(out, "stage routes during the measured batch (ticks, effective period, tick duration mean / max):");
        routes.values().forEach(r -> line(out, "  %-15s %6d exchanges  %s  mean %4d ms  max %5d ms",
                r.route(), r.exchanges(),
                r.route().endsWith("-jobs") || r.route().equals("fetch-videos")
                        ? String.format(Locale.ROOT, "every %5.1f ms", makespan / Math.max(1, r.exchanges()))
                        : "                ",
                r.meanMillis(), r.maxMillis()));
        line(out, "");
    }

    /** The simulator's counters of the benchmarked provider. */
    private ProviderStats stats() {
        return s.provider().equals("sora") ? sim.openai() : sim.runway();
    }

    private void simulator(StringBuilder out) {
        ProviderStats r = sim.runway();
        if (r.jobsCreated() + r.statusPolls() + r.rejected() > 0) {
            line(out, "simulator (runway): created %d, status polls %d, downloads %d, rejected %d, throttled %d, "
                    + "injected %s", r.jobsCreated(), r.statusPolls(), r.downloads(), r.rejected(), r.throttled(),
                    r.injected());
        }
        ProviderStats o = sim.openai();
        if (o.jobsCreated() + o.statusPolls() + o.rejected() > 0) {
            line(out, "simulator (openai): created %d, status polls %d, downloads %d, rejected %d, injected %s",
                    o.jobsCreated(), o.statusPolls(), o.downloads(), o.rejected(), o.injected());
        }
        line(out, "");
    }

    private long extraSubmits() {
        return jobs.stream().mapToLong(j -> Math.max(0, j.attempts() - 1)).sum();
    }

    /** For the k-th submit (k >= C), the time since the (k-C)-th finish was seen: the slot it refilled. */
    private List<Double> refills() {
        List<Instant> submits = sorted(VideoJobTimes::submitting);
        List<Instant> finishes = sorted(VideoJobTimes::finished);
        List<Double> gaps = new ArrayList<>();
        for (int k = s.concurrency(); k < submits.size() && k - s.concurrency() < finishes.size(); k++) {
            gaps.add(ms(Duration.between(finishes.get(k - s.concurrency()), submits.get(k))));
        }
        return gaps;
    }

    /** Submits that started together (within half a tick of each other) count as one claim round. */
    private int submitRounds() {
        List<Instant> submits = sorted(VideoJobTimes::submitting);
        int rounds = submits.isEmpty() ? 0 : 1;
        for (int i = 1; i < submits.size(); i++) {
            if (ms(Duration.between(submits.get(i - 1), submits.get(i))) > s.tickMillis() / 2.0) {
                rounds++;
            }
        }
        return rounds;
    }

    private List<Instant> sorted(Function<VideoJob, Instant> time) {
        return jobs.stream().map(time).filter(Objects::nonNull).sorted().toList();
    }

    private List<Double> between(Function<VideoJob, Instant> from, Function<VideoJob, Instant> to, double minus) {
        List<Double> values = new ArrayList<>();
        for (VideoJob job : jobs) {
            Instant a = from.apply(job);
            Instant b = to.apply(job);
            if (a != null && b != null) {
                values.add(ms(Duration.between(a, b)) - minus);
            }
        }
        return values;
    }

    private Instant min(Function<JobTimeline, Instant> time) {
        return jobs.stream().map(VideoJob::timeline).map(time).filter(Objects::nonNull).min(Instant::compareTo)
                .orElse(null);
    }

    private Instant max(Function<JobTimeline, Instant> time) {
        return jobs.stream().map(VideoJob::timeline).map(time).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
    }

    private static long count429(ProviderStats stats) {
        return KINDS_429.stream().mapToLong(stats::injected).sum();
    }

    private static String summary(Collection<Double> values) {
        if (values.isEmpty()) {
            return "n/a";
        }
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double mean = Arrays.stream(v).average().orElse(0);
        return String.format(Locale.ROOT, "%7.1f / %7.1f / %7.1f / %7.1f  (n=%d)", mean, v[(v.length - 1) / 2],
                v[(int) Math.ceil(0.95 * v.length) - 1], v[v.length - 1], v.length);
    }

    private static double ms(Duration d) {
        return d.toNanos() / 1e6;
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }

    /** The ledger's timestamps of one job, by name. */
    private static final class VideoJobTimes {
        static Instant submitting(VideoJob j) {
            return j.timeline().submitting();
        }

        static Instant submitted(VideoJob j) {
            return j.timeline().submitted();
        }

        static Instant finished(VideoJob j) {
            return j.timeline().providerFinished();
        }

        static Instant downloaded(VideoJob j) {
            return j.timeline().downloaded();
        }

        static Instant delivered(VideoJob j) {
            return j.timeline().delivered();
        }
    }
}
