package com.videopipeline.system;

import com.videopipeline.ingest.InboxStatus;
import com.videopipeline.job.BatchTracker;
import com.videopipeline.job.JobStore;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Ends a run-once application when there is nothing left to do: no file waiting in the inbox, no job in flight,
 * every batch's manifest written. Exits through Spring so Camel and the simulator shut down cleanly.
 */
@Component
@ConditionalOnProperty(prefix = "pipeline.run", name = "exit-when-idle", havingValue = "true")
class RunOnce {

    private static final Logger LOG = LoggerFactory.getLogger(RunOnce.class);

    private final InboxStatus inbox;
    private final JobStore store;
    private final BatchTracker batches;
    private final RunProperties props;
    private final ApplicationContext context;
    private final AtomicInteger idle = new AtomicInteger();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "run-once");
        t.setDaemon(true);
        return t;
    });

    RunOnce(InboxStatus inbox, JobStore store, BatchTracker batches, RunProperties props,
            ApplicationContext context) {
        this.inbox = inbox;
        this.store = store;
        this.batches = batches;
        this.props = props;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void watch() {
        timer.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    private void check() {
        boolean nothingLeft = inbox.waitingFiles() == 0 && store.countActive() == 0 && batches.allComplete();
        if (!nothingLeft) {
            idle.set(0);
        } else if (idle.incrementAndGet() >= props.idleChecks()) {
            LOG.info("run finished: inbox empty, no job in flight, every batch complete; stopping");
            timer.shutdown();
            new Thread(() -> System.exit(SpringApplication.exit(context)), "run-once-exit").start();
        }
    }
}
