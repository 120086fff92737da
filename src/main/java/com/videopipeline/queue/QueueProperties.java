package com.videopipeline.queue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The queue source and the events published for downstream systems. The routes read the same keys through
 * placeholders ({@code routes/consume-queue.camel.yaml}, {@code routes/publish-event.camel.yaml}); this record is what
 * the Java side sees, and fails the start-up when a value is unusable.
 *
 * @param enabled         whether the consumer on {@code requests} starts
 * @param requests        the queue video requests arrive on
 * @param deadLetter      where unreadable messages, and messages that failed {@code maxDeliveries} times, go
 * @param consumers       messages taken in at once
 * @param maxDeliveries   deliveries of a message that keeps failing (not a poison: the ledger down, say) before it
 *                        is dead-lettered with its last failure; a poison message is dead-lettered at once
 * @param redeliveryDelay the embedded broker's pause before a failed message is delivered again (doubling each time)
 * @param embeddedAcceptor where the embedded broker also listens for other processes, e.g.
 *                        {@code tcp://127.0.0.1:61616}; unset: in-process only (nothing can clash over a port)
 */
@Validated
@ConfigurationProperties("pipeline.queue")
public record QueueProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("video.requests") @NotBlank String requests,
        @DefaultValue("video.requests.DLQ") @NotBlank String deadLetter,
        @DefaultValue("1") @Min(1) @Max(64) int consumers,
        @DefaultValue("5") @Min(1) int maxDeliveries,
        @DefaultValue("1s") @NotNull Duration redeliveryDelay,
        @Pattern(regexp = "(tcp://.+)?") String embeddedAcceptor,
        @DefaultValue @Valid @NotNull Events events) {

    /**
     * Job state changes and batch completions, as JSON, for downstream systems.
     *
     * @param enabled     whether events are published at all
     * @param destination {@code topic:<name>} (every subscriber gets every event) or {@code queue:<name>} (one
     *                    consumer group shares them)
     * @param backlog     events waiting for the broker before new ones are dropped (with a warning), so a broker
     *                    outage never holds up a job
     */
    public record Events(
            @DefaultValue("true") boolean enabled,
            @DefaultValue("topic:video.events") @Pattern(regexp = "(topic|queue):[A-Za-z0-9._-]+") String destination,
            @DefaultValue("10000") @Min(1) int backlog) {
    }
}
