package com.videopipeline.ops;

import com.videopipeline.budget.BatchBudgets;
import com.videopipeline.job.JobStatusQuery;
import com.videopipeline.job.ProviderCircuits;
import com.videopipeline.provider.ProviderRegistry;
import com.videopipeline.provider.ProvidersProperties;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Puts the {@link PipelineView} into the platform MBean server (the one Hawtio and Jolokia read) as
 * {@value #NAME}, whether or not spring.jmx is on, and takes it out on shutdown. A second application in the same
 * JVM (tests) gets the name with its own {@code context} key.
 */
@Component
class PipelineViewRegistration implements InitializingBean, DisposableBean {

    static final String NAME = "com.videopipeline:type=Pipeline";

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final PipelineView view;
    private ObjectName name;

    PipelineViewRegistration(LedgerCounts counts, ProviderRegistry providers, ProvidersProperties settings,
                             ProviderCircuits circuits, BatchBudgets budgets, JobStatusQuery status,
                             OpsProperties props, Clock clock) {
        this.view = new PipelineView(counts, providers, settings, circuits, budgets, status, props, clock);
    }

    @Override
    public void afterPropertiesSet() throws JMException {
        ObjectName wanted = new ObjectName(NAME);
        if (server.isRegistered(wanted)) {
            wanted = new ObjectName(NAME + ",context=" + Integer.toHexString(System.identityHashCode(this)));
        }
        server.registerMBean(view, wanted);
        name = wanted;
    }

    @Override
    public void destroy() throws JMException {
        if (name != null && server.isRegistered(name)) {
            server.unregisterMBean(name);
        }
    }

    /** The name the view was registered under. */
    ObjectName name() {
        return name;
    }
}
