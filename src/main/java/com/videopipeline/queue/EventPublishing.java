package com.videopipeline.queue;

import jakarta.annotation.PreDestroy;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The thread events are sent to the broker on ({@code eventPublisher}, used by the wire taps in settle-job and
 * complete-batch), so a slow or absent broker never holds up a stage. One thread keeps each job's events in the
 * order they happened; a bounded backlog means a long broker outage drops events (with a warning) rather than
 * filling the memory. Bound in Camel's registry only: as a Spring bean, an Executor would make Spring Boot drop its
 * own task executor, which other parts (platform-http) need.
 */
@Component
class EventPublishing implements CamelContextConfiguration {

    static final String EXECUTOR = "eventPublisher";

    private static final Logger LOG = LoggerFactory.getLogger(EventPublishing.class);

    private final ExecutorService executor;

    EventPublishing(QueueProperties props) {
        AtomicLong dropped = new AtomicLong();
        executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(props.events().backlog()), task -> {
                    Thread thread = new Thread(task, "pipeline-events");
                    thread.setDaemon(true);
                    return thread;
                }, (task, pool) -> LOG.warn("event dropped: {} events already wait for the broker ({} dropped so far)",
                        pool.getQueue().size(), dropped.incrementAndGet()));
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        camelContext.getRegistry().bind(EXECUTOR, ExecutorService.class, executor);
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
    }

    /** Events still waiting when the application stops are dropped: they are best effort, the ledger is the record. */
    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
