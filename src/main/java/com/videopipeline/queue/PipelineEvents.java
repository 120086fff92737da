package com.videopipeline.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.videopipeline.job.Batch;
import com.videopipeline.job.JobState;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.job.VideoJob;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Message;
import org.springframework.stereotype.Component;

/**
 * Builds the events downstream systems follow: a job's state change (every stage settles its job through
 * {@code settle-job}, so that is where a change is seen) and a batch's completion. Stages settle a job also when
 * nothing changed (a poll of a running job), so the last state published per active job is remembered and only a
 * change makes an event. After a restart, a job's first settle publishes its state again: subscribers see each
 * state at least once.
 */
@Component("pipelineEvents")
class PipelineEvents {

    private final QueueProperties props;
    private final JobStatusQuery status;
    private final ObjectMapper json;
    private final Clock clock;
    private final Map<String, JobState> published = new ConcurrentHashMap<>();

    PipelineEvents(QueueProperties props, JobStatusQuery status, ObjectMapper json, Clock clock) {
        this.props = props;
        this.status = status;
        // times as ISO-8601 text whatever the application's Jackson settings: part of the events' contract
        this.json = json.copy().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        this.clock = clock;
    }

    /** The event for the job's new state, or null when events are off or its state has not changed. */
    public PipelineEvent jobChanged(VideoJob job) {
        if (!props.events().enabled() || job == null) {
            return null;
        }
        JobState previous = job.state().isTerminal() ? published.remove(job.key())
                : published.put(job.key(), job.state());
        if (previous == job.state()) {
            return null;
        }
        return new PipelineEvent(EventDocuments.JOB_STATE_CHANGED, job.batchId(), EventDocuments.name(job.state()),
                write(EventDocuments.job(job, previous, clock.instant())));
    }

    /** The event for a completed batch whose manifest is {@code manifest} (null: no job, no manifest). */
    public PipelineEvent batchCompleted(Batch batch, Path manifest) {
        if (!props.events().enabled() || batch == null) {
            return null;
        }
        return new PipelineEvent(EventDocuments.BATCH_COMPLETED, batch.id(), null, write(EventDocuments.batch(batch,
                status.batch(batch.id()).orElse(null), manifest, clock.instant())));
    }

    /** Makes the JMS message of an event: its JSON as the body, the fields to select on as properties. */
    public void toMessage(Message message) {
        PipelineEvent event = message.getBody(PipelineEvent.class);
        message.setHeader("eventType", event.type());
        message.setHeader("batchId", event.batchId());
        if (event.jobState() != null) {
            message.setHeader("jobState", event.jobState());
        }
        message.setBody(event.json());
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event not serializable", e);
        }
    }
}
