package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import com.videopipeline.TestSchemas;
import com.videopipeline.media.Mp4Info;
import com.videopipeline.provider.Download;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.provider.ProviderPhase;
import com.videopipeline.provider.ProviderStatus;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the ledger promises, checked on every database it runs on: H2 (the default) and PostgreSQL. Each database
 * starts from a clean schema built by the same Flyway migrations the application runs.
 */
abstract class LedgerContract {

    private static final Instant T1 = Jobs.T0.plusSeconds(60);

    JdbcJobStore store;
    BatchTracker tracker;
    NamedParameterJdbcTemplate jdbc;

    abstract DataSource dataSource();

    @BeforeEach
    void cleanSchema() {
        TestSchemas.rebuild(dataSource());
        jdbc = new NamedParameterJdbcTemplate(dataSource());
        TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(dataSource()));
        store = new JdbcJobStore(jdbc, tx, new LedgerProperties(Duration.ofMinutes(15), true,
                LedgerProperties.UncertainPolicy.HOLD));
        tracker = new BatchTracker(jdbc, Clock.fixed(Jobs.T0, ZoneOffset.UTC));
    }

    @Test
    void shouldKeepEverythingKnownAboutAJobAcrossAReload() {
        tracker.open("b1", "b1.csv", null);
        VideoJob job = Jobs.runwayJob("b1", "hero");
        store.add(job);
        job.moveTo(JobState.SUBMITTING, Jobs.T0);
        job.nextAttempt();
        job.timeline().submitting(Jobs.T0);
        job.providerJobId("task-1");
        job.moveTo(JobState.SUBMITTED, T1);
        job.lastStatus(new ProviderStatus("task-1", ProviderPhase.SUCCEEDED, 100.0,
                List.of(URI.create("https://cdn.example/out.mp4?sig=x")), null, null, Duration.ofSeconds(5), T1));
        job.moveTo(JobState.DOWNLOADING, T1);
        job.video(new Download(Path.of("/w/hero.mp4"), 1234, "ab".repeat(32), "video/mp4"));
        job.verified(new Mp4Info(8.0, 1280, 720, "avc1", 192));
        job.moveTo(JobState.VERIFIED, T1);
        job.actualCost(new java.math.BigDecimal("0.9600"));
        store.save(job);

        VideoJob read = store.find("b1/hero").orElseThrow();

        assertThat(read.state()).isEqualTo(JobState.VERIFIED);
        assertThat(read.request()).isEqualTo(job.request());
        assertThat(read.providerJobId()).isEqualTo("task-1");
        assertThat(read.attempts()).isEqualTo(1);
        assertThat(read.lastStatus()).isEqualTo(job.lastStatus());
        assertThat(read.video()).isEqualTo(job.video());
        assertThat(read.verified()).isEqualTo(job.verified());
        assertThat(read.estimatedCost()).isEqualByComparingTo(job.estimatedCost());
        assertThat(read.actualCost()).isEqualByComparingTo("0.96");
        assertThat(read.timeline().submitting()).isEqualTo(Jobs.T0);
        assertThat(read.dueAt()).isEqualTo(T1);
    }

    @Test
    void shouldLeaseAJobToOneClaimantUntilItIsReleasedOrTheLeaseRunsOut() {
        tracker.open("b1", "b1.csv", null);
        store.add(Jobs.runwayJob("b1", "a"));

        List<VideoJob> first = store.claim(Set.of(JobState.QUEUED), Jobs.T0, 10, j -> true);
        List<VideoJob> second = store.claim(Set.of(JobState.QUEUED), Jobs.T0, 10, j -> true);
        List<VideoJob> afterLease = store.claim(Set.of(JobState.QUEUED), Jobs.T0.plus(Duration.ofMinutes(16)), 10,
                j -> true);

        assertThat(first).hasSize(1);
        assertThat(second).isEmpty();
        assertThat(afterLease).as("a lease left by a dead process ends").hasSize(1);
    }

    @Test
    void shouldHandOutDueJobsOldestFirstAndOnlyThoseAdmitted() {
        tracker.open("b1", "b1.csv", null);
        for (String id : List.of("a", "b", "c", "d")) {
            store.add(Jobs.runwayJob("b1", id));
        }
        VideoJob later = store.find("b1/b").orElseThrow();
        later.dueAt(T1);
        store.save(later);

        List<VideoJob> claimed = store.claim(Set.of(JobState.QUEUED), Jobs.T0, 2, j -> !j.id().equals("c"));

        assertThat(claimed).extracting(VideoJob::id).containsExactly("a", "d");
    }

    @Test
    void shouldFreeEveryLeaseAtStartUpOfTheOnlyInstance() {
        tracker.open("b1", "b1.csv", null);
        store.add(Jobs.runwayJob("b1", "a"));
        store.claim(Set.of(JobState.QUEUED), Jobs.T0, 10, j -> true);

        store.releaseAllLeases();

        assertThat(store.claim(Set.of(JobState.QUEUED), Jobs.T0, 10, j -> true)).hasSize(1);
    }

    @Test
    void shouldCountProviderSlotsAndUnfinishedJobs() {
        tracker.open("b1", "b1.csv", null);
        VideoJob running = Jobs.runwayJob("b1", "a");
        store.add(running);
        store.add(Jobs.runwayJob("b1", "b"));
        running.moveTo(JobState.SUBMITTING, Jobs.T0);
        running.providerJobId("task-9");
        store.save(running);

        assertThat(store.countAtProvider("runway")).isEqualTo(1);
        assertThat(store.countAtProvider("sora")).isZero();
        assertThat(store.countActive()).isEqualTo(2);
        assertThat(store.providerJobIds("runway")).containsExactly("task-9");
    }

    @Test
    void shouldCountQueuedJobsLeasedForSubmitAsTakingASlotUntilReleased() {
        tracker.open("b1", "b1.csv", null);
        VideoJob running = Jobs.runwayJob("b1", "a");
        store.add(running);
        store.add(Jobs.runwayJob("b1", "b"));
        store.add(Jobs.runwayJob("b1", "c"));
        store.add(Jobs.soraJob("b1", "d", "a kite"));
        running.moveTo(JobState.SUBMITTING, Jobs.T0);
        store.save(running);

        List<VideoJob> leased = store.claim(Set.of(JobState.QUEUED), Jobs.T0, 1, j -> j.provider().equals("runway"));

        assertThat(store.inFlightByModel(Jobs.T0)).containsOnly(entry("runway/gen4.5", 2));
        store.release(leased.get(0));
        assertThat(store.inFlightByModel(Jobs.T0)).containsOnly(entry("runway/gen4.5", 1));
        assertThat(store.inFlightByModel(Jobs.T0.plus(Duration.ofHours(1)))).containsOnly(entry("runway/gen4.5", 1));
    }

    @Test
    void shouldCompleteABatchExactlyOnceWhenItsLastJobEndsAfterSealing() {
        tracker.open("b1", "b1.csv", null);
        VideoJob first = Jobs.runwayJob("b1", "a");
        VideoJob second = Jobs.runwayJob("b1", "b");
        store.add(first);
        store.add(second);
        assertThat(tracker.seal("b1", 2, 1, Path.of("r.json"))).isNull();

        first.fail(FailureKind.SAFETY_INPUT, "refused", Jobs.T0);
        store.save(first);
        assertThat(tracker.jobSettled(first)).isNull();
        second.fail(FailureKind.UNKNOWN, "x", Jobs.T0);
        store.save(second);

        Batch completed = tracker.jobSettled(second);
        assertThat(completed).isNotNull();
        assertThat(completed.accepted()).isEqualTo(2);
        assertThat(completed.rejected()).isEqualTo(1);
        assertThat(tracker.jobSettled(second)).as("a second report of the same job").isNull();
    }

    @Test
    void shouldCompleteOnSealingWhenEveryJobEndedWhileTheFileWasStillBeingRead() {
        tracker.open("b2", "b2.csv", null);
        VideoJob only = Jobs.runwayJob("b2", "a");
        store.add(only);
        only.fail(FailureKind.SAFETY_INPUT, "refused", Jobs.T0);
        store.save(only);
        assertThat(tracker.jobSettled(only)).as("not sealed yet").isNull();

        Batch completed = tracker.seal("b2", 1, 3, Path.of("r.json"));

        assertThat(completed.completed()).isEqualTo(Jobs.T0);
        assertThat(tracker.allComplete()).isTrue();
    }

    @Test
    void shouldTellWhereABatchStandsInOneLine() {
        tracker.open("b4", "b4.csv", null);
        VideoJob delivered = Jobs.runwayJob("b4", "a");
        VideoJob failed = Jobs.runwayJob("b4", "b");
        store.add(delivered);
        store.add(failed);
        store.add(Jobs.runwayJob("b4", "c"));
        delivered.fromCache("b0/x", new Download(Path.of("/o/x.mp4"), 1, "cd".repeat(32), "video/mp4"), Jobs.T0);
        delivered.moveTo(JobState.DELIVERED, Jobs.T0);
        store.save(delivered);
        failed.fail(FailureKind.SAFETY_INPUT, "refused", Jobs.T0);
        store.save(failed);
        JobStatusQuery query = new JobStatusQuery(jdbc, store, tracker);

        BatchStatus status = query.batch("b4").orElseThrow();

        assertThat(status.progressLine()).isEqualTo("batch b4: 1/3 delivered, 1 failed, 1 in flight");
        assertThat(status.estimatedCostUsd()).isEqualByComparingTo("2.88");
        assertThat(query.progressLines()).containsExactly(status.progressLine());
        assertThat(query.job("b4", "a").orElseThrow().cachedFrom()).isEqualTo("b0/x");
    }

    @Test
    void shouldRememberWhichCompletedBatchesStillNeedTheirManifest() {
        tracker.open("b3", "b3.csv", null);
        tracker.seal("b3", 0, 2, Path.of("r.json"));
        assertThat(tracker.completedWithoutManifest()).extracting(Batch::id).containsExactly("b3");

        tracker.manifestWritten("b3", Path.of("outbox/b3/manifest.json"));

        assertThat(tracker.completedWithoutManifest()).isEmpty();
        assertThat(tracker.find("b3").orElseThrow().manifest()).isEqualTo(Path.of("outbox/b3/manifest.json"));
    }
}
