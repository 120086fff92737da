package com.videopipeline.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.job.VideoJob;
import com.videopipeline.provider.FailureKind;
import com.videopipeline.request.VideoRequest;
import com.videopipeline.request.VideoSize;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PipelineEventsTest {

    private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");

    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void shouldPublishAJobOnlyWhenItsStateChanged() throws Exception {
        PipelineEvents events = events(true);
        VideoJob job = job();
        job.moveTo(JobState.SUBMITTING, T0);
        job.moveTo(JobState.SUBMITTED, T0);

        PipelineEvent submitted = events.jobChanged(job);
        PipelineEvent polledAgain = events.jobChanged(job);
        job.moveTo(JobState.RUNNING, T0);
        PipelineEvent running = events.jobChanged(job);

        assertThat(submitted.jobState()).isEqualTo("submitted");
        assertThat(polledAgain).as("a poll that changed nothing").isNull();
        JsonNode doc = json.readTree(running.json());
        assertThat(doc.get("type").asText()).isEqualTo("job.state-changed");
        assertThat(doc.get("state").asText()).isEqualTo("running");
        assertThat(doc.get("previousState").asText()).isEqualTo("submitted");
        assertThat(doc.get("batchId").asText()).isEqualTo("b1");
        assertThat(doc.get("jobId").asText()).isEqualTo("clip");
        assertThat(doc.get("provider").asText()).isEqualTo("runway");
        assertThat(doc.get("time").asText()).isEqualTo("2026-11-24T10:00:00Z");
        assertThat(doc.has("output")).as("only a delivered job has one").isFalse();
    }

    @Test
    void shouldSayWhyAJobFailed() throws Exception {
        PipelineEvents events = events(true);
        VideoJob job = job();
        job.fail(FailureKind.BAD_REQUEST, "seconds must be one of 4, 8, 12", T0);

        JsonNode doc = json.readTree(events.jobChanged(job).json());

        assertThat(doc.get("state").asText()).isEqualTo("failed");
        assertThat(doc.get("failureKind").asText()).isEqualTo("BAD_REQUEST");
        assertThat(doc.get("failureReason").asText()).isEqualTo("seconds must be one of 4, 8, 12");
    }

    @Test
    void shouldPublishNothingWhenEventsAreOff() {
        assertThat(events(false).jobChanged(job())).isNull();
        assertThat(events(false).batchCompleted(null, null)).isNull();
    }

    private PipelineEvents events(boolean enabled) {
        QueueProperties props = new QueueProperties(true, "video.requests", "video.requests.DLQ", 1, 5,
                Duration.ofSeconds(1), null, new QueueProperties.Events(enabled, "topic:video.events", 100));
        return new PipelineEvents(props, mock(JobStatusQuery.class), json, Clock.fixed(T0, ZoneOffset.UTC));
    }

    private static VideoJob job() {
        VideoRequest request = new VideoRequest("clip", "a lighthouse in fog", 4, new VideoSize(1280, 720), 24,
                null, null, null, null, null, null, List.of());
        return new VideoJob("b1", "queue message ID:1", 1, request, "runway", "gen4.5", new BigDecimal("0.48"), T0);
    }
}
