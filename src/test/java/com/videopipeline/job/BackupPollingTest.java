package com.videopipeline.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.videopipeline.provider.ProvidersProperties;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * A provider that announces finished jobs (webhooks) is polled only as a backup: at the backup interval, never
 * densely around the expected finish, or, with backup polling off, once just after the job's deadline.
 */
class BackupPollingTest {

    private static final Instant SUBMITTED = Jobs.T0;
    private static final Duration BACKUP = Duration.ofMinutes(10);

    @Test
    void shouldPollAnAnnouncingProviderOnlyAtTheBackupInterval() {
        PollSchedule schedule = new PollSchedule(limits(notices(Optional.of(BACKUP))));
        learn(schedule, Duration.ofMillis(4300));
        VideoJob job = submitted("a");

        assertThat(schedule.firstPoll(job, SUBMITTED)).isEqualTo(SUBMITTED.plus(BACKUP));
        job.dueAt(SUBMITTED.plusSeconds(4));
        assertThat(schedule.nextPoll(job, Duration.ofSeconds(1), SUBMITTED.plusSeconds(4)))
                .as("not densely around the expected finish").isEqualTo(SUBMITTED.plusSeconds(4).plus(BACKUP));
        assertThat(schedule.nextPoll(job, Duration.ofMinutes(15), SUBMITTED.plusSeconds(4)))
                .as("a provider asking for more patience still gets it").isEqualTo(SUBMITTED.plusSeconds(904));
    }

    @Test
    void shouldPollOnlyJustAfterTheDeadlineWithBackupPollingOff() {
        PollSchedule schedule = new PollSchedule(limits(notices(Optional.empty())), jobs("1h"));
        VideoJob job = submitted("b");

        Instant afterDeadline = Jobs.T0.plus(Duration.ofHours(1)).plusSeconds(1);
        assertThat(schedule.firstPoll(job, SUBMITTED)).isEqualTo(afterDeadline);
        assertThat(schedule.nextPoll(job, null, SUBMITTED.plusSeconds(30))).isEqualTo(afterDeadline);
        assertThat(schedule.nextPoll(job, null, afterDeadline.plusSeconds(5))).as("never in the past")
                .isEqualTo(afterDeadline.plusSeconds(5));
    }

    @Test
    void shouldLeaveOtherProvidersAtTheirOwnPace() {
        FinishNotices soraOnly = new FinishNotices() {
            @Override
            public boolean announces(String provider) {
                return provider.equals("sora");
            }

            @Override
            public Optional<Duration> backupPollInterval(String provider) {
                return Optional.empty();
            }
        };
        PollSchedule schedule = new PollSchedule(limits(soraOnly), jobs("1h"));

        assertThat(schedule.firstPoll(submitted("c"), SUBMITTED)).isEqualTo(SUBMITTED.plusSeconds(1));
    }

    private static FinishNotices notices(Optional<Duration> backup) {
        return new FinishNotices() {
            @Override
            public boolean announces(String provider) {
                return true;
            }

            @Override
            public Optional<Duration> backupPollInterval(String provider) {
                return backup;
            }
        };
    }

    private static ProviderLimits limits(FinishNotices notices) {
        Map<String, String> p = new HashMap<>();
        String runway = "pipeline.providers.runway.";
        p.put(runway + "type", "runway");
        p.put(runway + "base-url", "http://127.0.0.1:1/runway");
        p.put(runway + "api-key-env", "RUNWAYML_API_SECRET");
        p.put(runway + "poll-interval", "1s");
        p.put(runway + "finish-poll-interval", "100ms");
        p.put(runway + "models.[gen4.5].seconds[0]", "8");
        p.put(runway + "models.[gen4.5].sizes[0]", "1280x720");
        p.put(runway + "models.[gen4.5].inputs[0]", "text");
        p.put(runway + "models.[gen4.5].price-per-second", "0.12");
        ProvidersProperties props = new Binder(new MapConfigurationPropertySource(p))
                .bind("pipeline", ProvidersProperties.class).get();
        return new ProviderLimits(props, notices);
    }

    private static JobsProperties jobs(String deadline) {
        return new Binder(new MapConfigurationPropertySource(Map.of("pipeline.jobs.deadline", deadline)))
                .bind("pipeline.jobs", JobsProperties.class).get();
    }

    private static void learn(PollSchedule schedule, Duration took) {
        VideoJob done = submitted("done-" + took.toMillis());
        schedule.finished(done, SUBMITTED.plus(took));
    }

    private static VideoJob submitted(String id) {
        VideoJob job = Jobs.runwayJob("b", id);
        job.timeline().submitted(SUBMITTED);
        return job;
    }
}
